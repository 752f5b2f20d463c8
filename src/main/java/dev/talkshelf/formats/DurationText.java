package dev.talkshelf.formats;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: "2712" seconds, "45:12", "1:05:00", "45m", "1h20m", "1h 20m 30s". */
final class DurationText {
    private static final Pattern SECONDS = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?:\\.\\d+)?");
    private static final Pattern UNITS = Pattern.compile("(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*(?:(\\d+)\\s*s)?");

    private DurationText() {
    }

    /** @throws IllegalArgumentException with a message fit for the user when the text is not a duration */
    static Duration parse(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (SECONDS.matcher(s).matches()) {
            return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
        }
        Matcher clock = CLOCK.matcher(s);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            return Duration.ofHours(hours).plusMinutes(Long.parseLong(clock.group(2))).plusSeconds(Long.parseLong(clock.group(3)));
        }
        Matcher units = UNITS.matcher(s);
        if (!s.isEmpty() && units.matches() && (units.group(1) != null || units.group(2) != null || units.group(3) != null)) {
            return Duration.ofHours(value(units.group(1))).plusMinutes(value(units.group(2))).plusSeconds(value(units.group(3)));
        }
        throw new IllegalArgumentException("not a duration (use seconds, mm:ss, h:mm:ss or 1h20m)");
    }

    private static long value(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
