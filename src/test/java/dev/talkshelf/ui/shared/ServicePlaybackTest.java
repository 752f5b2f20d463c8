package dev.talkshelf.ui.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.player.Clips;
import dev.talkshelf.player.MediaKind;
import dev.talkshelf.player.PlayerChoice;
import dev.talkshelf.player.RealMpv;
import dev.talkshelf.service.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The window's playback with a real headless mpv: positions reach the read-along view, and a cue's click moves mpv. */
@ExtendWith(RealMpv.class)
class ServicePlaybackTest {
    @TempDir
    Path dir;
    Services services;
    Talk talk;

    @BeforeEach
    void libraryWithOneClip() throws Exception {
        Path clip = Clips.make(dir, "clip.mp4", 30);
        services = Library.open(dir.resolve("lib.db"), Clock.systemUTC());
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Test pattern").withMedia(clip.toString())))), false);
        talk = services.search().search("", 0, 1).talks().get(0);
        services.settings().setPlayerChoices(Map.of(MediaKind.LOCAL_FILE, PlayerChoice.MPV));
        services.settings().setPlayerArgs("--vo=null --ao=null --end=24");
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void aSeekToACuesTimeMovesThePlayingMpvThere() throws Exception {
        Files.writeString(dir.resolve("clip.en.srt"), """
                1
                00:00:01,000 --> 00:00:03,000
                welcome

                2
                00:00:18,400 --> 00:00:21,000
                the global interpreter lock
                """);
        services.transcripts().attach(talk.id(), dir.resolve("clip.en.srt"));
        Duration cue = services.transcripts().of(talk.id()).orElseThrow().transcript().cues().get(1).start();
        ServicePlayback playback = new ServicePlayback(services.player());
        BlockingQueue<Duration> positions = new LinkedBlockingQueue<>();
        CountDownLatch stopped = new CountDownLatch(1);
        playback.addPositionListener(new Playback.PositionListener() {
            @Override
            public void moved(TalkId id, Duration position) {
                positions.add(position);
            }

            @Override
            public void stopped(TalkId id) {
                stopped.countDown();
            }
        });
        assertFalse(playback.seek(talk.id(), cue), "nothing plays yet: nothing to move");

        playback.play(talk, Duration.ZERO, () -> { }, () -> { });
        Duration first = positions.poll(20, TimeUnit.SECONDS);
        long firstSeen = System.nanoTime();
        assertTrue(first != null && first.toMillis() < 10_000, "mpv reported playing from the start: " + first);
        assertTrue(playback.seek(talk.id(), cue), "the playing mpv took the seek");

        Duration after = null;
        for (Duration p = positions.poll(10, TimeUnit.SECONDS); p != null; p = positions.poll(10, TimeUnit.SECONDS)) {
            if (p.toMillis() >= cue.toMillis() - 1000) {
                after = p;
                break;
            }
        }
        assertTrue(after != null, "mpv reported a position at the cue after the seek");
        // Played at normal speed, the position cannot run ahead of the clock on the wall: it jumped.
        double wall = (System.nanoTime() - firstSeen) / 1e9;
        assertTrue(after.minus(first).toMillis() / 1000.0 > wall + 3, "mpv jumped ahead, it did not just play on: from "
                + first + " to " + after + " in " + wall + " s");
        // mpv reports at most once a second, so the first report after the jump lies up to about a second past the cue.
        double at = after.toMillis() / 1000.0;
        assertTrue(at >= 18.4 - 0.5 && at <= 18.4 + 2.0, "mpv reported a position just after the cue: " + at);
        assertTrue(stopped.await(30, TimeUnit.SECONDS), "the end of playback reached the listener");
        assertFalse(playback.seek(talk.id(), cue), "after the end nothing plays");
    }
}
