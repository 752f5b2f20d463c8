package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.model.WatchThreshold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Real mpv, real clips: every number asserted here was reported by mpv over its socket. */
@ExtendWith(RealMpv.class)
class MpvSessionTest {

    private static final List<String> HEADLESS = List.of("--no-config", "--vo=null", "--ao=null");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final TalkId TALK = TalkId.of(7);

    @TempDir
    Path dir;

    @Test
    void playingUpToEndOptionReportsThatPositionAndNotTheEnd() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 20);
        RecordingListener listener = new RecordingListener();

        MpvSession session = play(listener, Duration.ZERO, List.of("--end=4", "--speed=4"), item(TALK, clip));

        assertEquals(0, awaitExit(session));
        assertEquals(1, listener.reports.size());
        PlaybackReport report = listener.reports.get(0);
        assertEquals(TALK, report.talk());
        assertNear(Duration.ZERO, report.from(), 0.3);
        assertNear(Duration.ofSeconds(4), report.to(), 0.5);
        assertNear(Duration.ofSeconds(20), report.duration(), 0.2);
        assertFalse(report.reachedEnd());
    }

    @Test
    void partlyPlayedTalkIsInProgressAtWhereItStopped() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 20);
        RecordingListener listener = new RecordingListener();

        awaitExit(play(listener, Duration.ZERO, List.of("--end=5", "--speed=4"), item(TALK, clip)));

        // The default threshold (under 2 minutes left) would call any 20 s clip watched; scale it down.
        WatchThreshold shortClips = new WatchThreshold(0.9, Duration.ofSeconds(2));
        PlaybackOutcome outcome = PlaybackOutcome.decide(listener.reports.get(0), shortClips);
        assertEquals(WatchStatus.IN_PROGRESS, outcome.status());
        assertNear(Duration.ofSeconds(5), outcome.position(), 0.5);
    }

    @Test
    void resumingFromAPositionPlaysOnToTheEndAndCountsAsWatched() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 20);
        RecordingListener listener = new RecordingListener();

        awaitExit(play(listener, Duration.ofSeconds(12), List.of("--speed=8"), item(TALK, clip)));

        PlaybackReport report = listener.reports.get(0);
        assertNear(Duration.ofSeconds(12), report.from(), 0.3);
        assertNear(Duration.ofSeconds(20), report.to(), 0.3);
        assertTrue(report.reachedEnd());
        assertEquals(WatchStatus.WATCHED, PlaybackOutcome.decide(report, WatchThreshold.DEFAULT).status());
    }

    @Test
    void stoppingAndResumingGivesTwoSittingsThatMeet() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 20);
        RecordingListener listener = new RecordingListener();

        awaitExit(play(listener, Duration.ZERO, List.of("--end=6", "--speed=4"), item(TALK, clip)));
        Duration stoppedAt = listener.reports.get(0).to();
        awaitExit(play(listener, stoppedAt, List.of("--speed=8"), item(TALK, clip)));

        assertEquals(2, listener.reports.size());
        PlaybackReport first = listener.reports.get(0);
        PlaybackReport second = listener.reports.get(1);
        assertNotEquals(first.session(), second.session());
        assertNear(first.to(), second.from(), 0.3);
        assertFalse(second.started().isBefore(first.started()));
        assertTrue(second.reachedEnd());
    }

    @Test
    void playlistInOneMpvReportsEachItemUnderItsOwnTalk() throws Exception {
        Path first = Clips.make(dir, "first.mp4", 6);
        Path second = Clips.make(dir, "second.mp4", 4);
        RecordingListener listener = new RecordingListener();

        MpvSession session = play(listener, Duration.ZERO, List.of("--speed=4"),
                item(TalkId.of(1), first), item(TalkId.of(2), second));

        assertEquals(0, awaitExit(session));
        assertEquals(List.of(TalkId.of(1), TalkId.of(2)), listener.reports.stream().map(PlaybackReport::talk).toList());
        PlaybackReport a = listener.reports.get(0);
        PlaybackReport b = listener.reports.get(1);
        assertNear(Duration.ofSeconds(6), a.duration(), 0.2);
        assertNear(Duration.ofSeconds(4), b.duration(), 0.2);
        assertNear(Duration.ZERO, a.from(), 0.3);
        assertNear(Duration.ZERO, b.from(), 0.3);
        assertTrue(a.reachedEnd() && b.reachedEnd());
        assertFalse(b.started().isBefore(a.started()));
    }

    @Test
    void resumePositionAppliesOnlyToTheFirstPlaylistItem() throws Exception {
        Path first = Clips.make(dir, "first.mp4", 8);
        Path second = Clips.make(dir, "second.mp4", 4);
        RecordingListener listener = new RecordingListener();

        awaitExit(play(listener, Duration.ofSeconds(5), List.of("--speed=4"),
                item(TalkId.of(1), first), item(TalkId.of(2), second)));

        assertEquals(2, listener.reports.size());
        assertNear(Duration.ofSeconds(5), listener.reports.get(0).from(), 0.3);
        assertNear(Duration.ZERO, listener.reports.get(1).from(), 0.3);
    }

    @Test
    void progressComesAboutOnceASecondWithGrowingPositions() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 20);
        RecordingListener listener = new RecordingListener();

        awaitExit(play(listener, Duration.ZERO, List.of("--end=3.5"), item(TALK, clip)));

        List<RecordingListener.Progress> calls = listener.progress;
        assertTrue(calls.size() >= 3 && calls.size() <= 5, "progress calls: " + calls.size());
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i).position().compareTo(calls.get(i - 1).position()) > 0);
            long gapMillis = (calls.get(i).nanoTime() - calls.get(i - 1).nanoTime()) / 1_000_000;
            assertTrue(gapMillis >= 950, "progress came again after " + gapMillis + " ms");
        }
        assertTrue(calls.stream().allMatch(c -> c.talk().equals(TALK)));
        assertNear(Duration.ofSeconds(20), calls.get(calls.size() - 1).duration(), 0.2);
    }

    @Test
    void crashedMpvStillReportsTheLastKnownPosition() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 60);
        RecordingListener listener = new RecordingListener(Duration.ofSeconds(3));
        MpvSession session = play(listener, Duration.ZERO, List.of("--speed=2"), item(TALK, clip));
        assertTrue(listener.awaitProgress(WAIT));
        Duration seenBeforeCrash = listener.lastProgress();

        ProcessHandle.of(session.pid()).orElseThrow().destroyForcibly(); // SIGKILL: no goodbye on the socket

        assertNotEquals(0, awaitExit(session));
        assertEquals(1, listener.reports.size());
        PlaybackReport report = listener.reports.get(0);
        assertTrue(report.to().compareTo(seenBeforeCrash) >= 0, report + " vs progress " + seenBeforeCrash);
        assertTrue(report.to().compareTo(Duration.ofSeconds(10)) < 0, report.toString());
        assertFalse(report.reachedEnd());
    }

    @Test
    void stopQuitsMpvAndReportsWhereItStopped() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 60);
        RecordingListener listener = new RecordingListener(Duration.ofSeconds(2));
        MpvSession session = play(listener, Duration.ZERO, List.of("--speed=2"), item(TALK, clip));
        assertTrue(listener.awaitProgress(WAIT));

        session.stop();

        assertTrue(session.awaitExit(Duration.ofSeconds(10)));
        PlaybackReport report = listener.reports.get(0);
        assertTrue(report.to().compareTo(Duration.ofSeconds(2)) >= 0);
        assertTrue(report.to().compareTo(Duration.ofSeconds(10)) < 0, report.toString());
        assertFalse(report.reachedEnd());
    }

    @Test
    void controlSocketLivesInAPrivateFolderThatIsRemovedAfterwards() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 60);
        RecordingListener listener = new RecordingListener(Duration.ofSeconds(1));
        MpvSession session = play(listener, Duration.ZERO, List.of(), item(TALK, clip));
        assertTrue(listener.awaitProgress(WAIT));
        String socketArg = ProcessHandle.of(session.pid()).orElseThrow().info().arguments().stream()
                .flatMap(Arrays::stream).filter(a -> a.startsWith("--input-ipc-server=")).findFirst().orElseThrow();
        Path socketDir = Path.of(socketArg.substring("--input-ipc-server=".length())).getParent();

        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDir));
        session.stop();
        session.awaitExit(WAIT);

        assertEquals("rwx------", permissions);
        assertFalse(Files.exists(socketDir));
    }

    @Test
    void listenerThatThrowsDoesNotStopTheReports() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 20);
        List<PlaybackReport> reports = new ArrayList<>();
        PlaybackListener clumsy = new PlaybackListener() {
            @Override
            public void progress(TalkId talk, Duration position, Duration duration) {
                throw new IllegalStateException("a window that went away");
            }

            @Override
            public void finished(PlaybackReport report) {
                reports.add(report);
            }
        };

        awaitExit(MpvSession.start(RealMpv.mpv(), List.of(item(TALK, clip)), Duration.ZERO,
                concat(HEADLESS, List.of("--end=3", "--speed=2")), clumsy, Clock.systemUTC(), WAIT));

        assertEquals(1, reports.size());
    }

    @Test
    void ownControlSocketInPlayerArgumentsIsRefused() {
        PlayerStartException e = assertThrows(PlayerStartException.class,
                () -> play(new RecordingListener(), Duration.ZERO, List.of("--input-ipc-server=/tmp/x"),
                        item(TALK, dir.resolve("never-started.mp4"))));

        assertTrue(e.getMessage().contains("--input-ipc-server"), e.getMessage());
    }

    private static MpvSession play(RecordingListener listener, Duration start, List<String> args, PlayItem... items)
            throws PlayerStartException {
        return MpvSession.start(RealMpv.mpv(), List.of(items), start, concat(HEADLESS, args), listener,
                Clock.systemUTC(), WAIT);
    }

    private static int awaitExit(MpvSession session) throws InterruptedException {
        assertTrue(session.awaitExit(WAIT), "mpv still running after " + WAIT);
        return session.awaitExit();
    }

    private static PlayItem item(TalkId talk, Path clip) {
        return new PlayItem(talk, clip.toString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static void assertNear(Duration expected, Duration actual, double toleranceSeconds) {
        double difference = Math.abs(expected.toMillis() - actual.toMillis()) / 1000.0;
        assertTrue(difference <= toleranceSeconds,
                "expected " + expected.toMillis() / 1000.0 + " s ± " + toleranceSeconds + " but was " + actual.toMillis() / 1000.0);
    }
}
