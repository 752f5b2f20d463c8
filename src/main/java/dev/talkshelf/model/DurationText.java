package dev.talkshelf.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths and times as people type them: {@code 90m}, {@code 1h30m}, {@code 45s}, {@code 45:00} (m:ss),
 * {@code 1:02:03} (h:mm:ss) or plain seconds ({@code 5400}). Used for budgets, note times and query filters.
 */
public final class DurationText {
    private static final Pattern UNITS = Pattern.compile("(?:(\\d{1,9})h)?(?:(\\d{1,9})m(?:in)?)?(?:(\\d{1,9})s)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,9}):)?(\\d{1,9}):(\\d{2}(?:\\.\\d{1,3})?)");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}(?:\\.\\d{1,3})?");
    private static final long MAX_SECONDS = 10L * 365 * 24 * 3600;

    private DurationText() {
    }

    /** The duration the text names; empty when it is not one of the accepted forms (or absurdly long). */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (SECONDS.matcher(s).matches()) {
                return bounded(millis(s));
            }
            Matcher clock = CLOCK.matcher(s);
            if (clock.matches()) {
                long secondsMillis = millis(clock.group(3));
                long minutes = Long.parseLong(clock.group(2));
                if (secondsMillis >= 60_000) {
                    return Optional.empty();
                }
                if (clock.group(1) == null) {
                    return bounded(minutes * 60_000 + secondsMillis);
                }
                if (minutes >= 60) {
                    return Optional.empty();
                }
                return bounded(Long.parseLong(clock.group(1)) * 3_600_000 + minutes * 60_000 + secondsMillis);
            }
            Matcher units = UNITS.matcher(s);
            if (units.matches()) {
                return bounded((number(units.group(1)) * 3600 + number(units.group(2)) * 60 + number(units.group(3))) * 1000);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "h:mm:ss" from an hour on, "m:ss" below: 75 s reads "1:15", 3700 s "1:01:40". */
    public static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static Optional<Duration> bounded(long millis) {
        return millis > MAX_SECONDS * 1000 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    /** "12" or "12.5" seconds as milliseconds. */
    private static long millis(String seconds) {
        return new java.math.BigDecimal(seconds).movePointRight(3).longValueExact();
    }
}
