package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.model.WatchThreshold;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaybackOutcomeTest {

    private static final Instant STARTED = Instant.parse("2025-03-01T20:00:00Z");
    private static final Duration HOUR = Duration.ofMinutes(60);

    @Test
    void stoppingHalfWayLeavesTheTalkInProgressThere() {
        PlaybackOutcome outcome = PlaybackOutcome.decide(report(Duration.ofMinutes(30), HOUR, false), WatchThreshold.DEFAULT);

        assertEquals(WatchStatus.IN_PROGRESS, outcome.status());
        assertEquals(Duration.ofMinutes(30), outcome.position());
    }

    @Test
    void passingTheFractionCountsAsWatched() {
        PlaybackOutcome outcome = PlaybackOutcome.decide(report(Duration.ofMinutes(55), HOUR, false), WatchThreshold.DEFAULT);

        assertEquals(WatchStatus.WATCHED, outcome.status());
        assertNull(outcome.position());
    }

    @Test
    void littleTimeLeftCountsAsWatchedEvenBelowTheFraction() {
        WatchThreshold strict = new WatchThreshold(1.0, Duration.ofMinutes(2));

        assertEquals(WatchStatus.WATCHED,
                PlaybackOutcome.decide(report(Duration.ofSeconds(3500), HOUR, false), strict).status());
    }

    @Test
    void reachingTheEndIsWatchedEvenWhenTheLengthIsUnknown() {
        assertEquals(WatchStatus.WATCHED,
                PlaybackOutcome.decide(report(Duration.ofMinutes(5), null, true), WatchThreshold.DEFAULT).status());
    }

    @Test
    void unknownLengthWithoutTheEndStaysInProgress() {
        PlaybackOutcome outcome = PlaybackOutcome.decide(report(Duration.ofMinutes(50), null, false), WatchThreshold.DEFAULT);

        assertEquals(WatchStatus.IN_PROGRESS, outcome.status());
        assertEquals(Duration.ofMinutes(50), outcome.position());
    }

    @Test
    void theSittingBecomesAHistorySession() {
        PlaybackOutcome outcome = PlaybackOutcome.decide(report(Duration.ofMinutes(30), HOUR, false), WatchThreshold.DEFAULT);

        assertEquals(new WatchSession(STARTED, Duration.ofMinutes(10), Duration.ofMinutes(30)), outcome.session());
    }

    private static PlaybackReport report(Duration to, Duration duration, boolean reachedEnd) {
        return new PlaybackReport(TalkId.of(1), STARTED, Duration.ofMinutes(10), to, duration, reachedEnd);
    }
}
