package dev.talkshelf.catalog;

import java.time.Duration;

/** A search stopped at its time limit ({@link SearchTimeLimit}); nothing was changed. */
public final class SearchTooSlowException extends CatalogException {
    public static final String MESSAGE = "the search took too long; try fewer or more specific words";

    private final Duration limit;

    SearchTooSlowException(Duration limit, Throwable cause) {
        super(MESSAGE, cause);
        this.limit = limit;
    }

    /** The time limit it ran into. */
    public Duration limit() {
        return limit;
    }
}
