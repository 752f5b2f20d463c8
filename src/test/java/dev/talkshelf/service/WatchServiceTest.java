package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.cli.OtherTalkShelf;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.model.WatchThreshold;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchServiceTest extends OnTestLibrary {
    private static final Instant SAT = Instant.parse("2025-03-01T20:00:00Z");

    WatchService watch;

    @BeforeEach
    void open() {
        watch = lib.watch;
    }

    private WatchStatus status(TalkId id) {
        return lib.get(id).status();
    }

    private WatchState sessionTo(TalkId id, Duration to) {
        return watch.recordSession(id, SAT, Duration.ZERO, to, null, false);
    }

    private static Duration minSec(int minutes, int seconds) {
        return Duration.ofMinutes(minutes).plusSeconds(seconds);
    }

    // --- marks ---

    @Test
    void markingManyTalksMarksEachOfThem() {
        TalkId a = lib.talk("Alpha", 10);
        TalkId b = lib.talk("Beta", 10);
        TalkId c = lib.talk("Gamma", 10);

        watch.mark(List.of(a, b), WatchStatus.WATCHED);

        assertEquals(WatchStatus.WATCHED, status(a));
        assertEquals(WatchStatus.WATCHED, status(b));
        assertEquals(WatchStatus.UNWATCHED, status(c));
    }

    @Test
    void oneUndoPutsEveryTalkOfAMultiMarkBack() {
        TalkId a = lib.talk("Alpha", 10);
        TalkId b = lib.talk("Beta", 10);
        watch.progress(b, Duration.ofMinutes(4));
        var before = lib.get(b).watch();

        watch.mark(List.of(a, b), WatchStatus.WATCHED);
        assertEquals("mark 2 talks watched", lib.edits.undo().orElseThrow());

        assertEquals(WatchStatus.UNWATCHED, status(a));
        assertEquals(before, lib.get(b).watch());
    }

    @Test
    void markingWatchedCountsOneMoreViewing() {
        TalkId a = lib.talk("Alpha", 10);

        watch.mark(List.of(a), WatchStatus.WATCHED);

        assertEquals(1, lib.get(a).watch().timesWatched());
        assertEquals(lib.clock.instant(), lib.get(a).watch().watchedAt());
    }

    @Test
    void markingAWatchedTalkWatchedAgainChangesNothing() {
        TalkId a = lib.talk("Alpha", 10);
        watch.mark(List.of(a), WatchStatus.WATCHED);

        watch.mark(List.of(a), WatchStatus.WATCHED);

        assertEquals(1, lib.get(a).watch().timesWatched());
    }

    @Test
    void markingUnwatchedForgetsThePositionButNotTheViewings() {
        TalkId a = lib.talk("Alpha", 10);
        watch.mark(List.of(a), WatchStatus.WATCHED);
        watch.progress(a, Duration.ofMinutes(3));

        watch.mark(List.of(a), WatchStatus.UNWATCHED);

        assertNull(lib.get(a).watch().position());
        assertEquals(1, lib.get(a).watch().timesWatched());
    }

    @Test
    void markingAnUnknownTalkChangesNothing() {
        TalkId a = lib.talk("Alpha", 10);

        assertThrows(UserInputException.class, () -> watch.mark(List.of(a, TalkId.of(99)), WatchStatus.WATCHED));

        assertEquals(WatchStatus.UNWATCHED, status(a));
    }

    // --- sessions and the threshold ---

    @Test
    void stoppingAt89PercentLeavesTheTalkInProgressThere() {
        TalkId a = lib.talk("Long", 100);

        WatchState s = sessionTo(a, Duration.ofMinutes(89));

        assertEquals(WatchStatus.IN_PROGRESS, s.status());
        assertEquals(Duration.ofMinutes(89), lib.get(a).watch().position());
    }

    @Test
    void stoppingAt90PercentMeansWatched() {
        TalkId a = lib.talk("Long", 100);

        assertEquals(WatchStatus.WATCHED, sessionTo(a, Duration.ofMinutes(90)).status());
        assertEquals(WatchStatus.WATCHED, status(a));
    }

    @Test
    void stoppingWithUnderTwoMinutesLeftMeansWatched() {
        TalkId a = lib.talk("Short", 10);

        // 8:01 of 10:00 is 80 % seen, but only 1:59 is left
        assertEquals(WatchStatus.WATCHED, sessionTo(a, minSec(8, 1)).status());
    }

    @Test
    void stoppingWithExactlyTwoMinutesLeftIsStillInProgress() {
        TalkId a = lib.talk("Short", 10);

        assertEquals(WatchStatus.IN_PROGRESS, sessionTo(a, minSec(8, 0)).status());
    }

    @Test
    void reachingTheEndMeansWatchedWhereverThePlayerStopped() {
        TalkId a = lib.talk("Long", 100);

        WatchState s = watch.recordSession(a, SAT, Duration.ZERO, Duration.ofMinutes(10), null, true);

        assertEquals(WatchStatus.WATCHED, s.status());
        assertNull(s.position());
    }

    @Test
    void aTalkOfUnknownLengthStaysInProgressUntilItsEnd() {
        TalkId a = lib.talk("Unknown", (Duration) null);

        assertEquals(WatchStatus.IN_PROGRESS, sessionTo(a, Duration.ofMinutes(50)).status());
    }

    @Test
    void theLengthAPlayerReportsIsKeptForATalkWithoutOne() {
        TalkId a = lib.talk("Unknown", (Duration) null);

        WatchState s = watch.recordSession(a, SAT, Duration.ZERO, Duration.ofMinutes(58), Duration.ofMinutes(60), false);

        assertEquals(WatchStatus.WATCHED, s.status());
        assertEquals(Duration.ofMinutes(60), lib.get(a).duration());
    }

    @Test
    void everyFinishedSessionCountsAnotherViewing() {
        TalkId a = lib.talk("Alpha", 10);

        watch.recordSession(a, SAT, Duration.ZERO, Duration.ofMinutes(10), null, true);
        lib.clock.advance(Duration.ofDays(7));
        watch.recordSession(a, SAT.plus(Duration.ofDays(7)), Duration.ZERO, Duration.ofMinutes(10), null, true);

        assertEquals(2, lib.get(a).watch().timesWatched());
        assertEquals(lib.clock.instant(), lib.get(a).watch().watchedAt());
    }

    @Test
    void anUnfinishedSessionDoesNotCountAViewing() {
        TalkId a = lib.talk("Alpha", 10);

        sessionTo(a, Duration.ofMinutes(3));

        assertEquals(0, lib.get(a).watch().timesWatched());
    }

    @Test
    void theHistoryKeepsEverySessionOldestFirst() {
        TalkId a = lib.talk("Alpha", 60);
        Instant later = SAT.plus(Duration.ofDays(1));

        watch.recordSession(a, later, Duration.ofMinutes(20), Duration.ofMinutes(60), null, true);
        watch.recordSession(a, SAT, Duration.ZERO, Duration.ofMinutes(20), null, false);

        assertEquals(List.of(new WatchSession(SAT, Duration.ZERO, Duration.ofMinutes(20)),
                new WatchSession(later, Duration.ofMinutes(20), Duration.ofMinutes(60))), watch.history(a));
    }

    @Test
    void liveProgressMovesThePositionWithoutWritingHistory() {
        TalkId a = lib.talk("Alpha", 60);

        watch.progress(a, Duration.ofMinutes(12));

        assertEquals(WatchStatus.IN_PROGRESS, status(a));
        assertEquals(Duration.ofMinutes(12), lib.get(a).watch().position());
        assertEquals(List.of(), watch.history(a));
    }

    @Test
    void aChangedThresholdAppliesToTheNextSession() {
        TalkId a = lib.talk("Long", 100);
        lib.settings.setWatchThreshold(new WatchThreshold(0.5, Duration.ZERO));

        assertEquals(WatchStatus.WATCHED, sessionTo(a, Duration.ofMinutes(50)).status());
        assertEquals(new WatchThreshold(0.5, Duration.ZERO), watch.threshold());
    }

    // --- edits are deltas: what another TalkShelf or the player changed meanwhile survives ---

    @Test
    void undoOfAMarkKeepsAStatusAnotherProcessSetSince() {
        TalkId a = lib.talk("Alpha", 10);
        watch.mark(List.of(a), WatchStatus.WATCHED);
        new OtherTalkShelf(lib.db.file()).run("mark", a.toString(), "skipped");

        lib.edits.undo();

        assertEquals(WatchStatus.SKIPPED, status(a));
    }

    @Test
    void undoOfAMarkOfManyPutsBackOnlyTheTalksStillAsTheMarkLeftThem() {
        TalkId a = lib.talk("Alpha", 10);
        TalkId b = lib.talk("Beta", 10);
        watch.mark(List.of(a, b), WatchStatus.SKIPPED);
        new OtherTalkShelf(lib.db.file()).run("mark", b.toString(), "watched");

        lib.edits.undo();

        assertEquals(WatchStatus.UNWATCHED, status(a));
        assertEquals(WatchStatus.WATCHED, status(b));
        assertEquals(1, lib.get(b).watch().timesWatched());
    }

    @Test
    void aMarkIsMadeOnTheTalkAsStoredNotOnACopyReadBefore() {
        TalkId a = lib.talk("Alpha", 10);
        watch.mark(List.of(a), WatchStatus.WATCHED);
        new OtherTalkShelf(lib.db.file()).run("mark", a.toString(), "unwatched");
        new OtherTalkShelf(lib.db.file()).run("mark", a.toString(), "watched");

        watch.mark(List.of(a), WatchStatus.WATCHED);

        assertEquals(2, lib.get(a).watch().timesWatched(), "already watched: the second mark here counts nothing");
    }

    // --- the player's reports and a status set by hand while it plays ---

    /** Reports as mpv gives them to the play service: progress about once a second, then one finished report. */
    private final class Player {
        final PlaybackRecorder recorder;
        final TalkId talk;
        final Instant started = SAT;
        Duration at = Duration.ZERO;

        Player(TalkId talk) {
            this.talk = talk;
            this.recorder = new PlaybackRecorder(watch, lib.talks, List.of(lib.get(talk)), dev.talkshelf.player.PlaybackListener.NONE,
                    new ArrayList<>());
        }

        void playFor(int seconds) {
            for (int i = 0; i < seconds; i++) {
                at = at.plusSeconds(1);
                lib.clock.advance(Duration.ofSeconds(1));
                recorder.progress(talk, at, Duration.ofMinutes(10));
            }
        }

        void stop() {
            recorder.finished(new dev.talkshelf.player.PlaybackReport(talk, started, Duration.ZERO, at, Duration.ofMinutes(10),
                    at.compareTo(Duration.ofMinutes(10)) >= 0));
        }
    }

    @Test
    void aSkipMarkedWhileTheTalkPlaysSurvivesTheFollowingProgressReports() {
        TalkId a = lib.talk("Alpha", 10);
        Player player = new Player(a);
        player.playFor(3);
        assertEquals(WatchStatus.IN_PROGRESS, status(a));

        watch.mark(List.of(a), WatchStatus.SKIPPED);
        player.playFor(5);

        assertEquals(WatchStatus.SKIPPED, status(a));
        assertEquals(lib.clock.instant(), lib.get(a).watch().lastPlayedAt(), "the reports still say when it was last played");
    }

    @Test
    void aSkipMarkedWhileTheTalkPlaysSurvivesTheEndOfTheSitting() {
        TalkId a = lib.talk("Alpha", 10);
        Player player = new Player(a);
        player.playFor(3);
        watch.mark(List.of(a), WatchStatus.SKIPPED);
        player.playFor(600);

        player.stop();

        assertEquals(WatchStatus.SKIPPED, status(a));
        assertEquals(0, lib.get(a).watch().timesWatched());
        assertEquals(1, watch.history(a).size(), "the sitting is in the history all the same");
    }

    @Test
    void aStatusAnotherProcessSetWhileTheTalkPlaysWins() {
        TalkId a = lib.talk("Alpha", 10);
        Player player = new Player(a);
        player.playFor(2);

        new OtherTalkShelf(lib.db.file()).run("mark", a.toString(), "unwatched");
        player.playFor(3);

        assertEquals(WatchStatus.UNWATCHED, status(a));
        assertNull(lib.get(a).watch().position(), "unwatched has no resume position");
    }

    @Test
    void aWatchedMarkWhileTheTalkPlaysIsNotCountedAgainAtItsEnd() {
        TalkId a = lib.talk("Alpha", 10);
        Player player = new Player(a);
        player.playFor(5);
        watch.mark(List.of(a), WatchStatus.WATCHED);
        player.playFor(600);

        player.stop();

        assertEquals(WatchStatus.WATCHED, status(a));
        assertEquals(1, lib.get(a).watch().timesWatched());
    }

    @Test
    void anInProgressMarkWhileTheTalkPlaysKeepsFollowingThePosition() {
        TalkId a = lib.talk("Alpha", 10);
        watch.mark(List.of(a), WatchStatus.WATCHED);
        Player player = new Player(a);
        player.playFor(2);
        watch.mark(List.of(a), WatchStatus.IN_PROGRESS);

        player.playFor(4);

        assertEquals(WatchStatus.IN_PROGRESS, status(a));
        assertEquals(Duration.ofSeconds(6), lib.get(a).watch().position());
    }

    @Test
    void withoutAMarkThePlayerStillMovesTheStatusAsBefore() {
        TalkId a = lib.talk("Alpha", 10);
        watch.mark(List.of(a), WatchStatus.SKIPPED);
        Player player = new Player(a); // playing a skipped talk takes it up again

        player.playFor(4);
        assertEquals(WatchStatus.IN_PROGRESS, status(a));
        assertEquals(Duration.ofSeconds(4), lib.get(a).watch().position());
        player.playFor(600);
        player.stop();

        assertEquals(WatchStatus.WATCHED, status(a));
    }

    @Test
    void undoOfAMarkWhileThePlayerMovedThePositionPutsBackTheStatusAndKeepsTheNewerPosition() {
        TalkId a = lib.talk("Alpha", 10);
        watch.progress(a, Duration.ofMinutes(2));
        watch.mark(List.of(a), WatchStatus.SKIPPED);
        watch.mark(List.of(a), WatchStatus.IN_PROGRESS);
        Player player = new Player(a);
        player.playFor(3);

        lib.edits.undo(); // the in-progress mark: back to skipped

        assertEquals(WatchStatus.SKIPPED, status(a));
        assertEquals(Duration.ofSeconds(3), lib.get(a).watch().position(), "the position the player wrote since stays");
    }

    @Test
    void undoOfAMarkPutsBackAnUnwatchedTalkWithoutAPosition() {
        TalkId a = lib.talk("Alpha", 10);
        watch.mark(List.of(a), WatchStatus.IN_PROGRESS);
        Player player = new Player(a);
        player.playFor(3);

        lib.edits.undo();

        assertEquals(WatchStatus.UNWATCHED, status(a));
        assertNull(lib.get(a).watch().position());
    }
}
