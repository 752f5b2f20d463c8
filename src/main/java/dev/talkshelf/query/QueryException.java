package dev.talkshelf.query;

/** A query that cannot be read or compiled; the message names the problem and {@link #column()} where (1-based). */
public final class QueryException extends RuntimeException {
    private final String problem;
    private final int column;

    /** Longest run of characters without a space a message repeats from the query; longer ones are cut with "…". */
    static final int LONGEST_QUOTED_WORD = 40;

    public QueryException(String problem, int column) {
        super(shortWords(problem) + " at column " + column);
        this.problem = shortWords(problem);
        this.column = column;
    }

    /** The message without its position. */
    public String problem() {
        return problem;
    }

    /** "problem at column N (hint)": for a hint that reads better after the position. */
    public QueryException(String problem, int column, String hint) {
        super(shortWords(problem) + " at column " + column + " (" + hint + ")");
        this.problem = shortWords(problem) + " (" + hint + ")";
        this.column = column;
    }

    /**
     * A message quotes what the user typed ("duration:<10000…0m is not a duration"); a value of thousands of characters
     * would bury the problem and the column, so each overlong word is cut. The column still points at it.
     */
    static String shortWords(String problem) {
        StringBuilder out = new StringBuilder(problem.length());
        int run = 0;
        for (int i = 0; i < problem.length(); i++) {
            char c = problem.charAt(i);
            run = Character.isWhitespace(c) ? 0 : run + 1;
            if (run <= LONGEST_QUOTED_WORD) {
                out.append(c);
            } else if (run == LONGEST_QUOTED_WORD + 1) {
                out.append('…');
            }
        }
        return out.toString();
    }

    public int column() {
        return column;
    }
}
