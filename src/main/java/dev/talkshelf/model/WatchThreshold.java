package dev.talkshelf.model;

import java.time.Duration;
import java.util.Objects;

/**
 * When a partly played talk counts as watched: past a fraction of its length, or with little time left.
 * The default is 90 % seen or under 2 minutes left.
 */
public record WatchThreshold(double fraction, Duration remaining) {

    public static final WatchThreshold DEFAULT = new WatchThreshold(0.9, Duration.ofMinutes(2));

    public WatchThreshold {
        Objects.requireNonNull(remaining, "remaining");
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], was " + fraction);
        }
        if (remaining.isNegative()) {
            throw new IllegalArgumentException("remaining must not be negative");
        }
    }

    /** True when stopping at {@code position} of a talk lasting {@code duration} means it was watched. */
    public boolean isWatched(Duration position, Duration duration) {
        if (position == null || duration == null || duration.isZero() || duration.isNegative()) {
            return false;
        }
        double seen = (double) position.toMillis() / duration.toMillis();
        return seen >= fraction || duration.minus(position).compareTo(remaining) < 0;
    }
}
