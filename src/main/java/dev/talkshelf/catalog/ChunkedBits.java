package dev.talkshelf.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

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

    /** Ids grouped by the piece that holds them, pieces in order, each id as its bit within its piece. */
    static TreeMap<Integer, List<Integer>> byPiece(Collection<Long> ids) {
        TreeMap<Integer, List<Integer>> byPiece = new TreeMap<>();
        for (long id : ids) {
            int i = Math.toIntExact(id);
            byPiece.computeIfAbsent(i >>> CHUNK_SHIFT, k -> new ArrayList<>()).add(i & ((1 << CHUNK_SHIFT) - 1));
        }
        return byPiece;
    }

    /** Writes every piece of {@code table}'s set named by {@code key} up to the piece of its last id ({@link #write}). */
    static void writeWhole(Connection c, String table, List<String> keyColumns, List<Object> key, BitSet ids)
            throws SQLException {
        for (int chunk = 0; (long) chunk << CHUNK_SHIFT < ids.length(); chunk++) {
            write(c, table, keyColumns, key, chunk, ids.get(chunk << CHUNK_SHIFT, (chunk + 1) << CHUNK_SHIFT));
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
