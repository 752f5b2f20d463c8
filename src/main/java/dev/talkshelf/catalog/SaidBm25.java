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
        try (PreparedStatement ps = c.prepareStatement("SELECT block FROM said_fts_data WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            byte[] block = rs.next() ? rs.getBytes(1) : null;
            if (block == null || block.length == 0) {
                return new Totals(0, 0);
            }
            int[] at = {0};
            long rows = sqliteVarint(block, at);
            long tokens = at[0] < block.length ? sqliteVarint(block, at) : 0;
            return new Totals(rows, rows == 0 ? 0 : (double) tokens / (double) rows);
        }
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
        return docsize == null || docsize.length == 0 ? 0 : (int) sqliteVarint(docsize, new int[] {0});
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

    /** SQLite's (and FTS5's) varint: big-endian groups of 7 bits, a ninth byte of 8. */
    private static long sqliteVarint(byte[] in, int[] at) {
        long value = 0;
        for (int i = 0; i < 9 && at[0] < in.length; i++) {
            int b = in[at[0]++] & 0xFF;
            if (i == 8) {
                return value << 8 | b;
            }
            value = value << 7 | (b & 0x7F);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return value;
    }
}
