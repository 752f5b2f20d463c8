package dev.talkshelf.query;

/** A query that cannot be read or compiled; the message names the problem and {@link #column()} where (1-based). */
public final class QueryException extends RuntimeException {
    private final String problem;
    private final int column;

    public QueryException(String problem, int column) {
        super(problem + " at column " + column);
        this.problem = problem;
        this.column = column;
    }

    /** The message without its position. */
    public String problem() {
        return problem;
    }

    /** "problem at column N (hint)": for a hint that reads better after the position. */
    public QueryException(String problem, int column, String hint) {
        super(problem + " at column " + column + " (" + hint + ")");
        this.problem = problem + " (" + hint + ")";
        this.column = column;
    }

    public int column() {
        return column;
    }
}
