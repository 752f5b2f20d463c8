package dev.talkshelf.player;

import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.model.WatchThreshold;
import java.time.Duration;
import java.util.Objects;

/**
 * What a sitting means for a talk's watch state: watched, or in progress at a position. Storing it, and
 * deciding whether an earlier "watched" should stand, is the service layer's business.
 *
 * @param position where to resume; null when watched
 * @param session  the history entry for this sitting
 */
public record PlaybackOutcome(WatchStatus status, Duration position, WatchSession session) {

    public PlaybackOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(session, "session");
        if (status != WatchStatus.WATCHED && status != WatchStatus.IN_PROGRESS) {
            throw new IllegalArgumentException("a sitting ends watched or in progress, not " + status);
        }
        if ((status == WatchStatus.IN_PROGRESS) != (position != null)) {
            throw new IllegalArgumentException("a position belongs to an in-progress outcome, and only to one");
        }
    }

    /** Watched when the end was reached or the threshold met at the last position; otherwise in progress there. */
    public static PlaybackOutcome decide(PlaybackReport report, WatchThreshold threshold) {
        Objects.requireNonNull(threshold, "threshold");
        boolean watched = report.reachedEnd() || threshold.isWatched(report.to(), report.duration());
        return watched
                ? new PlaybackOutcome(WatchStatus.WATCHED, null, report.session())
                : new PlaybackOutcome(WatchStatus.IN_PROGRESS, report.to(), report.session());
    }

    public boolean watched() {
        return status == WatchStatus.WATCHED;
    }
}
