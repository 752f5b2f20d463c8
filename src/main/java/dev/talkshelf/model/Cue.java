package dev.talkshelf.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One caption of a transcript: what was said from {@code start} to {@code end}, as plain text on one line
 * (styling tags, inline timestamps and entities already read).
 */
public record Cue(Duration start, Duration end, String text) {
    /** A cue's text is at most this long; a longer one is cut where it is read (real captions run to ~200). */
    public static final int MAX_TEXT = 2_000;

    public Cue {
        Limits.requireDuration(Objects.requireNonNull(start, "start"), "a cue's start");
        Limits.requireDuration(Objects.requireNonNull(end, "end"), "a cue's end");
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("a cue ends before it starts");
        }
        if (Objects.requireNonNull(text, "text").isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a cue's text must be 1 to " + MAX_TEXT + " characters");
        }
    }
}
