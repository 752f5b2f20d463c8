package dev.talkshelf.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The watch state of one talk.
 *
 * @param position     where playback stopped; meaningful for {@link WatchStatus#IN_PROGRESS}, may be null
 * @param watchedAt    when the talk was last finished; null if never
 * @param timesWatched how often the talk was finished
 * @param lastPlayedAt when a player last reported on this talk; null if never
 */
public record WatchState(WatchStatus status, Duration position, Instant watchedAt, int timesWatched, Instant lastPlayedAt) {

    public static final WatchState UNWATCHED = new WatchState(WatchStatus.UNWATCHED, null, null, 0, null);

    public WatchState {
        Objects.requireNonNull(status, "status");
        if (timesWatched < 0 || timesWatched > Limits.MAX_TIMES_WATCHED) {
            throw new IllegalArgumentException("timesWatched must be between 0 and " + Limits.MAX_TIMES_WATCHED + ", was " + timesWatched);
        }
        Limits.requireDuration(position, "position");
        Limits.requireTime(watchedAt, "watchedAt");
        Limits.requireTime(lastPlayedAt, "lastPlayedAt");
    }

    public WatchState withStatus(WatchStatus newStatus) {
        return new WatchState(newStatus, position, watchedAt, timesWatched, lastPlayedAt);
    }
}
