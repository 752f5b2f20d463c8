package dev.talkshelf.player;

import java.time.Duration;
import java.util.Locale;

/** Positions in a talk as people write them: {@code 754}, {@code 12:34}, {@code 1:02:03}, {@code 12:34.5}. */
public final class Timecode {

    private Timecode() {
    }

    /** @throws IllegalArgumentException with a message naming the bad text */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A position is empty; write it as 754, 12:34 or 1:02:03");
        }
        String[] parts = text.strip().split(":", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException("\"" + text + "\" is not a position; write it as 754, 12:34 or 1:02:03");
        }
        try {
            double seconds = Double.parseDouble(parts[parts.length - 1]);
            long minutes = parts.length >= 2 ? Long.parseLong(parts[parts.length - 2]) : 0;
            long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
            if (seconds < 0 || minutes < 0 || hours < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)
                    || (parts.length >= 2 && (seconds >= 60 || (parts.length == 3 && minutes >= 60)))) {
                throw new NumberFormatException();
            }
            return Duration.ofHours(hours).plusMinutes(minutes).plusMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a position; write it as 754, 12:34 or 1:02:03", e);
        }
    }

    /** {@code 12:34} under an hour, {@code 1:02:03} from an hour on; fractions of a second are dropped. */
    public static String format(Duration position) {
        long total = position.toSeconds();
        long h = total / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
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
