package dev.talkshelf.query;

/**
 * How large a query may be. Real searches use a few words and fields; the limits sit far above that and far below
 * what SQLite (its expression depth of 1,000, its FTS5 parser's stack) and Java's stack can take, so every query
 * they admit compiles and runs (QueryLimitsTest runs the largest one admitted against a real library).
 */
public final class QueryLimits {
    /** Characters (code points) in the text of one query. */
    public static final int MAX_LENGTH = 2_000;
    /** Parentheses and negations ({@code not}, {@code -}) nested inside each other. */
    public static final int MAX_DEPTH = 32;
    /** Words, phrases and fields in one query. */
    public static final int MAX_TERMS = 64;
    /** Smart playlists a query may name through each other ({@code playlist:"A"} whose query names "B" ...). */
    public static final int MAX_PLAYLIST_NESTING = 4;
    /** Terms of a query once the smart playlists it names are counted in. */
    public static final int MAX_EXPANDED_TERMS = 256;

    private QueryLimits() {
    }
}
