package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VlcCommandTest {

    private static final Path VLC = Path.of("/usr/bin/vlc");

    @Test
    void singleTalkResumesWithStartTime() {
        assertEquals(List.of("/usr/bin/vlc", "--play-and-exit", "--fullscreen", "--start-time=754", "/t/a.mp4"),
                VlcCommand.build(VLC, List.of(item(1, "/t/a.mp4")), Duration.ofSeconds(754), List.of("--fullscreen")));
    }

    @Test
    void playlistResumesOnlyTheFirstItem() {
        assertEquals(List.of("/usr/bin/vlc", "--play-and-exit", "/t/a.mp4", ":start-time=90", "/t/b.mp4"),
                VlcCommand.build(VLC, List.of(item(1, "/t/a.mp4"), item(2, "/t/b.mp4")), Duration.ofSeconds(90), List.of()));
    }

    @Test
    void playingFromTheBeginningHasNoStartTime() {
        assertEquals(List.of("/usr/bin/vlc", "--play-and-exit", "/t/a.mp4"),
                VlcCommand.build(VLC, List.of(item(1, "/t/a.mp4")), Duration.ZERO, List.of()));
    }

    private static PlayItem item(long id, String media) {
        return new PlayItem(TalkId.of(id), media);
    }
}
