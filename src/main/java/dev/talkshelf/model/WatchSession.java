package dev.talkshelf.model;

import java.time.Duration;
import java.time.Instant;

/** One sitting with a talk: when it began and which stretch of the talk it covered. */
public record WatchSession(Instant started, Duration from, Duration to) {
    public WatchSession {
        Limits.requireTime(started, "a session's start");
        Limits.requireDuration(from, "a session's start position");
        Limits.requireDuration(to, "a session's end position");
    }
}
