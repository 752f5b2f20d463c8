package dev.talkshelf.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A note on a talk, optionally pinned to a time in it ("12:34 the GIL detach trick").
 *
 * @param id      0 for a note not yet stored
 * @param at      the time in the talk the note points at; null for a note about the whole talk
 */
public record Note(long id, TalkId talk, Duration at, String text, Instant created) {
    public Note {
        if (Objects.requireNonNull(text, "text").isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
        Limits.requireDuration(at, "a note's time");
        Limits.requireTime(created, "a note's creation time");
    }
}
