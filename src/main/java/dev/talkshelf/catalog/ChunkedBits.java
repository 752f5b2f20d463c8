package dev.talkshelf.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Sets of talk ids kept in rows of 65,536 ids a piece (8 KB), so a write rewrites only the pieces of the ids it touched:
 * the kept words' matches (decision 0028) and the speaker initials' talks (decision 0053). Each table names a set by
 * its own key columns; the pieces are {@code (key..., chunk, bits)} with {@code bits} as {@link BitSet#toByteArray}.
 */
final class ChunkedBits {
    /** A piece holds the ids {@code chunk << CHUNK_SHIFT} up to the next piece's first. */
    static final int CHUNK_SHIFT = 16;
    private static final int LONGS_PER_CHUNK = (1 << CHUNK_SHIFT) / 64;

    private ChunkedBits() {
    }

    /** The pieces {@code ps} selects as {@code (chunk, bits)} in chunk order, joined into one set of ids. */
    static BitSet joined(PreparedStatement ps) throws SQLException {
        List<long[]> pieces = new ArrayList<>();
        List<Integer> chunks = new ArrayList<>();
        int last = -1;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                last = rs.getInt(1);
                chunks.add(last);
                pieces.add(BitSet.valueOf(ByteBuffer.wrap(rs.getBytes(2)).order(ByteOrder.LITTLE_ENDIAN)).toLongArray());
            }
        }
        long[] all = new long[(last + 1) * LONGS_PER_CHUNK];
        for (int i = 0; i < pieces.size(); i++) {
            long[] piece = pieces.get(i);
            System.arraycopy(piece, 0, all, chunks.get(i) * LONGS_PER_CHUNK, Math.min(piece.length, LONGS_PER_CHUNK));
        }
        return BitSet.valueOf(all);
    }

    /** The one piece {@code ps} selects as {@code (bits)}, or an empty one (its bits relative to the piece's first id). */
    static BitSet piece(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? BitSet.valueOf(rs.getBytes(1)) : new BitSet();
        }
    }

    /**
     * Writes one piece of {@code table}'s set named by {@code key} (values for {@code keyColumns}): an empty piece is
     * deleted, any other inserted or replaced.
     */
    static void write(Connection c, String table, List<String> keyColumns, List<Object> key, int chunk, BitSet bits)
            throws SQLException {
        List<Object> params = new ArrayList<>(key);
        params.add(chunk);
        String sql;
        if (bits.isEmpty()) {
            sql = "DELETE FROM " + table + " WHERE " + String.join(" = ? AND ", keyColumns) + " = ? AND chunk = ?";
        } else {
            sql = "INSERT OR REPLACE INTO " + table + "(" + String.join(", ", keyColumns) + ", chunk, bits) VALUES ("
                    + "?, ".repeat(keyColumns.size()) + "?, ?)";
            params.add(bits.toByteArray());
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            ps.executeUpdate();
        }
    }
}
