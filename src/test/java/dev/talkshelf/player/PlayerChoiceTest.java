package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlayerChoiceTest {

    @Test
    void knownNamesAreKnownPlayersInAnyCase() {
        assertEquals(PlayerChoice.MPV, PlayerChoice.parse("mpv"));
        assertEquals(PlayerChoice.VLC, PlayerChoice.parse(" VLC "));
        assertEquals(PlayerChoice.SYSTEM, PlayerChoice.parse("system"));
    }

    @Test
    void programPathIsACustomPlayer() {
        PlayerChoice choice = PlayerChoice.parse("/opt/celluloid/bin/celluloid");

        assertEquals(PlayerKind.CUSTOM, choice.kind());
        assertEquals(List.of("/opt/celluloid/bin/celluloid"), choice.template().arguments());
        assertEquals("/opt/celluloid/bin/celluloid", choice.displayName());
    }

    @Test
    void quotedPathWithSpacesStaysOneProgram() {
        PlayerChoice choice = PlayerChoice.parse("\"/opt/My Player/play\" --at {start} {media}");

        assertEquals(List.of("/opt/My Player/play", "--at", "{start}", "{media}"), choice.template().arguments());
    }

    @Test
    void emptyChoiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlayerChoice.parse(" "));
    }
}
