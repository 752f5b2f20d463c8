package dev.talkshelf.player;

import dev.talkshelf.model.DurationText;
import java.time.Duration;

/** Positions in a talk as people write them: {@code 754}, {@code 12:34}, {@code 1:02:03}, {@code 12:34.5}. */
public final class Timecode {

    private Timecode() {
    }

    /** @throws IllegalArgumentException with a message naming the bad text */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A position is empty; write it as 754, 12:34 or 1:02:03");
        }
        return DurationText.parse(text).orElseThrow(() ->
                new IllegalArgumentException("\"" + text + "\" is not a position; write it as 754, 12:34 or 1:02:03"));
    }

    /** {@code 12:34} under an hour, {@code 1:02:03} from an hour on; fractions of a second are dropped. */
    public static String format(Duration position) {
        return DurationText.clock(position);
    }

    /** Seconds as players take them on the command line: {@code 754} or {@code 754.5}. */
    public static String seconds(Duration position) {
        long millis = position.toMillis();
        if (millis % 1000 == 0) {
            return Long.toString(millis / 1000);
        }
        return new java.math.BigDecimal(millis).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
