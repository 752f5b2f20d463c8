package dev.talkshelf.query;

/** A query that cannot be read or compiled; the message names the problem and {@link #column()} where (1-based). */
public final class QueryException extends RuntimeException {
    private final int column;

    public QueryException(String problem, int column) {
        super(problem + " at column " + column);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
