package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * FTS5's bm25 over {@code said_fts}, computed from what a kept term keeps (its count in each talk, each talk's length):
 * the same arithmetic in the same order as SQLite's {@code fts5Bm25Function} (k1 1.2, b 0.75, an IDF at or under 0
 * taken as 1e-6), so a kept term ranks its talks as {@code bm25(said_fts)} does without walking the term's index list.
 * bm25 sums one independent part per phrase, so a query of several terms is the sum of each term's score alone.
 */
final class SaidBm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** The index's row count and its average row length in tokens, as FTS5 keeps them. */
    record Totals(long rows, double averageLength) {
    }

    private SaidBm25() {
    }

    /** The totals FTS5 keeps in its "averages" record (row 1 of {@code said_fts_data}): rows, then tokens. */
    static Totals totals(Connection c) throws SQLException {
        long[] averages = Fts5Averages.read(c, "said_fts");
        long rows = averages[0];
        long tokens = averages.length > 1 ? averages[1] : 0;
        return new Totals(rows, rows == 0 ? 0 : (double) tokens / (double) rows);
    }

    /** A talk's length in tokens, from its {@code said_fts_docsize} row (0 without one). */
    static int length(Connection c, long talk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sz FROM said_fts_docsize WHERE id = ?")) {
            ps.setLong(1, talk);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? length(rs.getBytes(1)) : 0;
            }
        }
    }

    /** The length a {@code said_fts_docsize} blob holds (one column). */
    static int length(byte[] docsize) {
        return docsize == null || docsize.length == 0 ? 0 : (int) Fts5Averages.sqliteVarint(docsize, new int[] {0});
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
