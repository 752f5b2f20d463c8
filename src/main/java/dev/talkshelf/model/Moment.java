package dev.talkshelf.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A place in a talk where something searched for was said: the start of the matching cue, and its text with a
 * little of what was said around it, cut to about {@value #MAX_TEXT} characters with "…" where it was cut.
 */
public record Moment(Duration at, String text) {
    public static final int MAX_TEXT = 160;

    public Moment {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
