package dev.talkshelf.model;

import java.time.Duration;
import java.time.LocalDate;

/** Time spent watching talks in the week starting on {@code monday}, from the watch sessions. */
public record WeekHours(LocalDate monday, Duration watched) {
    public double hours() {
        return watched.toMillis() / 3_600_000.0;
    }
}
