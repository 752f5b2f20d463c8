package dev.talkshelf.catalog;

import dev.talkshelf.model.Limits;
import java.time.Duration;

/**
 * Sums that cannot overflow, whatever a library file holds (an older or hostile program may have written any
 * number, or a float, or text, into a column). Each term counts only when it lies in the model's range
 * ({@link Limits}; anything else counts as unknown), and the sums use SQLite's {@code total()}, a float that
 * never raises "integer overflow" as {@code sum()} does.
 */
final class SafeSums {
    private static final long MAX_MS = Limits.MAX_DURATION.toMillis();

    private SafeSums() {
    }

    /** SQL for a milliseconds column as used in a sum: its value when within 0..7 days, else 0. */
    static String millisOrZero(String column) {
        return "(CASE WHEN typeof(%1$s) = 'integer' AND %1$s BETWEEN 0 AND %2$d THEN %1$s ELSE 0 END)".formatted(column, MAX_MS);
    }

    /** {@link #millisOrZero(String)} of a value about to be stored (null: none). */
    static long millisOrZero(Duration value) {
        long ms = value == null ? 0 : value.toMillis();
        return ms < 0 || ms > MAX_MS ? 0 : ms;
    }

    /** A {@code total()} of milliseconds as a duration (a float past a long's range is held at its end). */
    static Duration millis(double total) {
        return Duration.ofMillis(count(total));
    }

    /** A {@code total()} of counts as a whole number, 0 up to {@link Long#MAX_VALUE}. */
    static long count(double total) {
        if (Double.isNaN(total) || total <= 0) {
            return 0;
        }
        return total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total;
    }
}
