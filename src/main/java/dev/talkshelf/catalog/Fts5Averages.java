package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * What FTS5 keeps in an index's "averages" record (row 1 of its {@code _data} table): the number of rows, then the tokens
 * of each column. bm25 reads its row count and average length from there, so arithmetic that must agree with bm25 reads
 * them here.
 */
final class Fts5Averages {
    private Fts5Averages() {
    }

    /** The record's numbers for the index {@code index} (a table name the code gives, never the user): rows first. */
    static long[] read(Connection c, String index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT block FROM " + index + "_data WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            byte[] block = rs.next() ? rs.getBytes(1) : null;
            if (block == null || block.length == 0) {
                return new long[] {0};
            }
            long[] values = new long[block.length];
            int n = 0;
            int[] at = {0};
            while (at[0] < block.length) {
                values[n++] = sqliteVarint(block, at);
            }
            return Arrays.copyOf(values, n);
        }
    }

    /** The index's rows: FTS5's own count, as bm25's idf takes it. */
    static long rows(Connection c, String index) throws SQLException {
        return read(c, index)[0];
    }

    /** SQLite's (and FTS5's) varint: big-endian groups of 7 bits, a ninth byte of 8. */
    static long sqliteVarint(byte[] in, int[] at) {
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
