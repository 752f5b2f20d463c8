package dev.talkshelf.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What a set of talks adds up to, for a status line: how many, how many of them are watched, and how long the
 * rest takes to watch (what is left of talks in progress, the whole length of unwatched ones).
 */
public record TalkSummary(long talks, long watched, Duration remaining) {
    public static final TalkSummary EMPTY = new TalkSummary(0, 0, Duration.ZERO);

    public TalkSummary {
        Objects.requireNonNull(remaining, "remaining");
    }
}
