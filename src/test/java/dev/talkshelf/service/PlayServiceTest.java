package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkDetails;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.model.WatchThreshold;
import dev.talkshelf.player.Clips;
import dev.talkshelf.player.PlaybackListener;
import dev.talkshelf.player.RealMpv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Playing through the service with a real, headless mpv: what the player saw ends up in the library. */
@ExtendWith(RealMpv.class)
class PlayServiceTest {
    private static final String HEADLESS = "--vo=null --ao=null --speed=4";

    @TempDir
    Path dir;
    Services services;
    TalkId talk;
    Path clip;

    @BeforeEach
    void libraryWithOneClip() throws Exception {
        clip = Clips.make(dir, "clip.mp4", 20);
        services = Library.open(dir.resolve("lib.db"), Clock.systemUTC());
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Test pattern").withMedia(clip.toString())))), false);
        talk = services.search().search("", 0, 1).talks().get(0).id();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void partialPlayLeavesTheTalkInProgressThenResumingFinishesIt() throws Exception {
        // A 20 s clip always has "under 2 minutes left": judge it by the 90 % rule alone.
        services.settings().setWatchThreshold(new WatchThreshold(0.9, Duration.ZERO));
        play(new PlayOptions("mpv", HEADLESS + " --end=6", null));
        TalkDetails first = services.library().details(talk);
        assertEquals(WatchStatus.IN_PROGRESS, first.talk().status());
        assertEquals(6.0, seconds(first.talk().watch().position()), 0.6);
        assertEquals(20.0, seconds(first.talk().duration()), 0.2, "the player measured the length");
        assertEquals(1, first.history().size());

        play(new PlayOptions("mpv", HEADLESS, null)); // resumes where it stopped
        TalkDetails second = services.library().details(talk);
        assertEquals(WatchStatus.WATCHED, second.talk().status());
        assertNull(second.talk().watch().position());
        assertEquals(1, second.talk().watch().timesWatched());
        List<WatchSession> history = second.history();
        assertEquals(2, history.size());
        assertEquals(0.0, seconds(history.get(0).from()), 0.3);
        assertEquals(6.0, seconds(history.get(1).from()), 0.6, "the second sitting resumed at the first one's end");
        assertEquals(20.0, seconds(history.get(1).to()), 1.0);
    }

    @Test
    void underTwoMinutesLeftCountsAsWatchedByDefault() throws Exception {
        play(new PlayOptions("mpv", HEADLESS + " --end=6", null));
        assertEquals(WatchStatus.WATCHED, services.library().details(talk).talk().status());
    }

    @Test
    void playingFromANoteTimeStartsThere() throws Exception {
        play(new PlayOptions("mpv", HEADLESS + " --end=14", Duration.ofSeconds(12)));
        WatchSession session = services.library().details(talk).history().get(0);
        assertEquals(12.0, seconds(session.from()), 0.3);
    }

    @Test
    void playingFromACueOfTheTranscriptStartsThere() throws Exception {
        Path subtitles = Files.writeString(dir.resolve("clip.en.srt"), """
                1
                00:00:02,000 --> 00:00:05,000
                welcome

                2
                00:00:09,400 --> 00:00:12,000
                the global interpreter lock
                """);
        services.transcripts().attach(talk, subtitles);
        Duration cue = services.transcripts().of(talk).orElseThrow().transcript().cues().get(1).start();

        play(new PlayOptions("mpv", HEADLESS + " --end=11", cue));

        WatchSession session = services.library().details(talk).history().get(0);
        assertEquals(9.4, seconds(session.from()), 1.0, "mpv reported its position within a second of the cue");
    }

    @Test
    void missingPlayerIsNamedAndNothingIsRecorded() {
        PlaybackProblem e = assertThrows(PlaybackProblem.class,
                () -> services.player().play(List.of(talk), new PlayOptions("vlc-that-is-not-here", null, null), PlaybackListener.NONE));
        assertEquals(PlaybackProblem.Kind.PLAYER_MISSING, e.kind());
        assertTrue(e.getMessage().contains("vlc-that-is-not-here"), e.getMessage());
        assertTrue(services.library().details(talk).history().isEmpty());
    }

    @Test
    void movedFileIsReportedWithItsPath() throws Exception {
        Files.delete(clip);
        PlaybackProblem e = assertThrows(PlaybackProblem.class,
                () -> services.player().play(List.of(talk), new PlayOptions("mpv", HEADLESS, null), PlaybackListener.NONE));
        assertEquals(PlaybackProblem.Kind.MEDIA_MISSING, e.kind());
        assertEquals(clip, e.missingFile());
    }

    @Test
    void refusedSchemeNeverReachesAPlayer() {
        services.library().setMedia(talk, "javascript:alert(1)");
        PlaybackProblem e = assertThrows(PlaybackProblem.class,
                () -> services.player().play(List.of(talk), new PlayOptions("mpv", HEADLESS, null), PlaybackListener.NONE));
        assertEquals(PlaybackProblem.Kind.MEDIA_REFUSED, e.kind());
    }

    @Test
    void aTalkMarkedSkippedWhileItPlaysStaysSkippedThroughTheFollowingReports() throws Exception {
        AtomicInteger reports = new AtomicInteger();
        AtomicInteger reportsAfterTheMark = new AtomicInteger();
        PlaybackListener user = new PlaybackListener() {
            @Override
            public void progress(TalkId id, Duration position, Duration duration) {
                if (reports.incrementAndGet() == 2) {
                    services.watch().mark(List.of(id), WatchStatus.SKIPPED); // the user clicks "Skip" while it plays
                } else if (reports.get() > 2) {
                    reportsAfterTheMark.incrementAndGet();
                }
            }

            @Override
            public void finished(dev.talkshelf.player.PlaybackReport report) {
            }
        };
        PlayService.Playback playback = services.player().play(List.of(talk), new PlayOptions("mpv", "--vo=null --ao=null --speed=2", null), user);
        playback.awaitExit();

        assertTrue(reportsAfterTheMark.get() >= 3, "the player went on reporting: " + reportsAfterTheMark.get());
        TalkDetails after = services.library().details(talk);
        assertEquals(WatchStatus.SKIPPED, after.talk().status(), "the user's mark wins over the player's reports and its end");
        assertEquals(1, after.history().size(), "the sitting is still in the history");
        assertEquals(20.0, seconds(after.history().get(0).to()), 1.0);
    }

    private void play(PlayOptions options) throws InterruptedException {
        PlayService.Playback playback = services.player().play(List.of(talk), options, PlaybackListener.NONE);
        assertTrue(playback.handle().tracked(), "mpv is tracked");
        playback.awaitExit();
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
