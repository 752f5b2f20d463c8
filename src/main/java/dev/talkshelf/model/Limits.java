package dev.talkshelf.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The ranges a number or date of the library must lie in. Every reader checks what it takes in against these,
 * the model's records refuse anything outside them, and values kept in range make every sum the library
 * computes fit a long: 100 million talks of a week each are about 6e16 ms. docs/library-format.md lists them.
 */
public final class Limits {
    /** A talk plays at most a week (live-stream archives run to 12 hours; a week is far past any real one). */
    public static final Duration MAX_DURATION = Duration.ofDays(7);
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    /** Times (added, watched, note created, session started) lie in [EARLIEST, LATEST). */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    public static final int MAX_TIMES_WATCHED = 1_000_000;

    private Limits() {
    }

    /** 0 up to {@link #MAX_DURATION}: a talk's length, a position, a note's time, a session's ends. */
    public static boolean isDuration(Duration d) {
        return !d.isNegative() && d.compareTo(MAX_DURATION) <= 0;
    }

    /** As {@link #isDuration} for a number of seconds (fractions allowed); false for NaN and infinities. */
    public static boolean isSeconds(double seconds) {
        return seconds >= 0 && seconds <= MAX_DURATION.toSeconds();
    }

    public static boolean isYear(long year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static boolean isDate(LocalDate date) {
        return isYear(date.getYear());
    }

    public static boolean isTime(Instant time) {
        return !time.isBefore(EARLIEST) && time.isBefore(LATEST);
    }

    /** As {@link #isTime} for milliseconds since 1970. */
    public static boolean isEpochMilli(long millis) {
        return millis >= EARLIEST.toEpochMilli() && millis < LATEST.toEpochMilli();
    }

    static Duration requireDuration(Duration d, String what) {
        if (d != null && !isDuration(d)) {
            throw new IllegalArgumentException(what + " must be between 0 and 7 days, was " + d.toSeconds() + " s");
        }
        return d;
    }

    static Integer requireYear(Integer year, String what) {
        if (year != null && !isYear(year)) {
            throw new IllegalArgumentException(what + " must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
        }
        return year;
    }

    static LocalDate requireDate(LocalDate date, String what) {
        if (date != null && !isDate(date)) {
            throw new IllegalArgumentException(what + " must be in the years " + MIN_YEAR + " to " + MAX_YEAR + ", was " + date);
        }
        return date;
    }

    static Instant requireTime(Instant time, String what) {
        if (time != null && !isTime(time)) {
            throw new IllegalArgumentException(what + " must be in the years " + MIN_YEAR + " to " + MAX_YEAR + ", was " + time);
        }
        return time;
    }
}
