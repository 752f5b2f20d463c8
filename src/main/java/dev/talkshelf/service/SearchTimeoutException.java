package dev.talkshelf.service;

import dev.talkshelf.catalog.SearchTooSlowException;

/**
 * A search stopped at its time limit (about a second). Shown where a query's errors are shown, with no column:
 * no one place in the query is at fault.
 */
public final class SearchTimeoutException extends InvalidQueryException {
    public SearchTimeoutException(SearchTooSlowException cause) {
        super(SearchTooSlowException.MESSAGE, 0);
        initCause(cause);
    }
}
