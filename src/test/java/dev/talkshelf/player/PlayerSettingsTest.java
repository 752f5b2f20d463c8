package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayerSettingsTest {

    @TempDir
    Path dir;

    @Test
    void mpvPlaysVideosWhenInstalled() throws IOException {
        ExecutablesTest.program(dir, "mpv");
        ExecutablesTest.program(dir, "vlc");

        PlayerSettings settings = PlayerSettings.defaults(new Executables(List.of(dir), List.of()));

        assertEquals(PlayerChoice.MPV, settings.choiceFor(MediaKind.LOCAL_FILE));
        assertEquals(PlayerChoice.MPV, settings.choiceFor(MediaKind.VIDEO_URL));
    }

    @Test
    void vlcPlaysVideosWhenMpvIsMissing() throws IOException {
        ExecutablesTest.program(dir, "vlc");

        assertEquals(PlayerChoice.VLC,
                PlayerSettings.defaults(new Executables(List.of(dir), List.of())).choiceFor(MediaKind.LOCAL_FILE));
    }

    @Test
    void systemHandlerPlaysVideosWhenNoPlayerIsInstalled() {
        assertEquals(PlayerChoice.SYSTEM,
                PlayerSettings.defaults(new Executables(List.of(dir), List.of())).choiceFor(MediaKind.VIDEO_URL));
    }

    @Test
    void webPagesGoToTheSystemHandler() throws IOException {
        ExecutablesTest.program(dir, "mpv");

        assertEquals(PlayerChoice.SYSTEM,
                PlayerSettings.defaults(new Executables(List.of(dir), List.of())).choiceFor(MediaKind.WEB_PAGE));
    }

    @Test
    void choiceCanBeChangedPerKind() {
        PlayerSettings settings = PlayerSettings.defaults(new Executables(List.of(dir), List.of()))
                .withChoice(MediaKind.VIDEO_URL, PlayerChoice.VLC);

        assertEquals(PlayerChoice.VLC, settings.choiceFor(MediaKind.VIDEO_URL));
        assertEquals(PlayerChoice.SYSTEM, settings.choiceFor(MediaKind.LOCAL_FILE));
    }
}
