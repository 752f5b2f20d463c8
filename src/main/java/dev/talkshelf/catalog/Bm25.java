package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * FTS5's bm25, computed from what a kept term keeps (its weighted count in each row, each row's length): the same
 * arithmetic in the same order as SQLite's {@code fts5Bm25Function} (k1 1.2, b 0.75, an IDF at or under 0 taken as
 * 1e-6), so a kept term ranks its rows as {@code bm25()} does without walking the term's index list: {@code said_fts}'s
 * kept terms ({@link KeptSaid}) and {@code talk_fts}'s kept words ({@link KeptFrequencies}, weights in {@link TalkBm25}).
 * bm25 sums one independent part per phrase, so a query of several terms is the sum of each term's score alone.
 */
final class Bm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** The index's row count and its average row length in tokens, as FTS5 keeps them. */
    record Totals(long rows, double averageLength) {
    }

    private Bm25() {
    }

    /**
     * The totals FTS5 keeps in an index's "averages" record (row 1 of its {@code _data} table): rows, then the tokens of
     * each column, all of which count towards a row's length.
     */
    static Totals totals(Connection c, String index) throws SQLException {
        long[] averages = Fts5Averages.read(c, index);
        long rows = averages[0];
        long tokens = 0;
        for (int i = 1; i < averages.length; i++) {
            tokens += averages[i];
        }
        return new Totals(rows, rows == 0 ? 0 : (double) tokens / (double) rows);
    }

    /** A talk's length in tokens, from its {@code said_fts_docsize} row (0 without one). */
    static int saidLength(Connection c, long talk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sz FROM said_fts_docsize WHERE id = ?")) {
            ps.setLong(1, talk);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? length(rs.getBytes(1)) : 0;
            }
        }
    }

    /** A row's length in tokens, over every column, from its {@code _docsize} blob (0 without one). */
    static int length(byte[] docsize) {
        int length = 0;
        int[] at = {0};
        while (docsize != null && at[0] < docsize.length) {
            length += (int) Fts5Averages.sqliteVarint(docsize, at);
        }
        return length;
    }

    /** The IDF of a term found in {@code hits} of the index's rows. */
    static double idf(Totals totals, long hits) {
        double idf = Math.log((totals.rows() - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /** bm25 of one term alone for a row holding it {@code tf} times in {@code length} tokens (lower is better). */
    static double score(double idf, Totals totals, int tf, int length) {
        double freq = tf;
        double d = length;
        return -1.0 * (0.0 + idf * ((freq * (K1 + 1.0)) / (freq + K1 * (1 - B + B * d / totals.averageLength()))));
    }
}
