package dev.talkshelf.catalog;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What bm25 needs of a kept word in each talk that has it: the word's weighted count there ({@code f}: each column's
 * tokens starting with the word, times the column's weight) and the talk's length in tokens ({@code d}), so a search of
 * a kept word in a fifth to a half of the library beside rarer words adds the word's share of each score itself
 * ({@link TalkBm25}) instead of FTS5 merging the word's prefix lists twice (decision 0082, schema step 30).
 *
 * <p>Kept per piece of {@code 1 << SHIFT} ids. A write that re-indexes a talk drops its piece for every word
 * ({@link #forget}, from {@link KeptWords#apply} at the commit), and a search that finds a piece missing falls back to
 * FTS5 and has the word's missing pieces built in a free write after it ({@link #build}, from the search index's own
 * instances; in the app on a thread of its own, {@link KeepingQueue}), so what a search reads is never stale. Pieces are built only for the words a search asked for this way.
 */
final class KeptFrequencies {
    /** Ids per piece: a write of one talk drops 4,096 talks' figures, built again by the next search that needs them. */
    static final int SHIFT = 12;

    static final List<String> SCHEMA = List.of("""
            CREATE TABLE IF NOT EXISTS kept_word_freq (
                word  TEXT NOT NULL REFERENCES kept_word(word) ON DELETE CASCADE,
                chunk INTEGER NOT NULL,
                data  BLOB NOT NULL,
                PRIMARY KEY (word, chunk)
            ) WITHOUT ROWID""");

    private KeptFrequencies() {
    }

    /** One talk's figures: the word's weighted count and the talk's length in tokens. */
    record Figures(int weightedCount, int length) {
    }

    /** Whether this library has the table (schema step 30): a write during an older step's migration has not. */
    static boolean present(Connection c) throws SQLException {
        return Schema.hasTable(c, "kept_word_freq");
    }

    /** Drops the pieces of the touched talks, for every word: their text changed, or they are gone. */
    static void forget(Connection writer, List<String> words, Collection<Long> touched) throws SQLException {
        if (touched.isEmpty() || !present(writer)) {
            return;
        }
        TreeSet<Long> pieces = new TreeSet<>();
        touched.forEach(id -> pieces.add(id >>> SHIFT));
        try (PreparedStatement ps = writer.prepareStatement("DELETE FROM kept_word_freq WHERE word = ? AND chunk = ?")) {
            for (String word : words) {
                ps.setString(1, word);
                for (long piece : pieces) {
                    ps.setLong(2, piece);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** The pieces holding at least one of {@code ids}. */
    private static TreeSet<Integer> pieces(BitSet ids) {
        TreeSet<Integer> pieces = new TreeSet<>();
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(((id >>> SHIFT) + 1) << SHIFT)) {
            pieces.add(id >>> SHIFT);
        }
        return pieces;
    }

    /** Whether every piece of the word's talks ({@code ids}, its kept bit set) has its figures kept. */
    static boolean complete(Connection c, String word, BitSet ids) throws SQLException {
        if (!present(c)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM kept_word_freq WHERE word = ?")) {
            ps.setString(1, word);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == pieces(ids).size();
            }
        }
    }

    /**
     * The figures of each talk in {@code talks} (all of them holding the word), or empty when a piece they lie in is not
     * kept (then {@link #build} it after the search).
     */
    static Optional<Map<Integer, Figures>> read(Connection c, String word, BitSet talks) throws SQLException {
        if (!present(c)) {
            return Optional.empty();
        }
        Map<Integer, Figures> figures = new HashMap<>(talks.cardinality() * 2);
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM kept_word_freq WHERE word = ? AND chunk = ?")) {
            ps.setString(1, word);
            for (int id = talks.nextSetBit(0); id >= 0; ) {
                int piece = id >>> SHIFT;
                ps.setInt(2, piece);
                byte[] data;
                try (ResultSet rs = ps.executeQuery()) {
                    data = rs.next() ? rs.getBytes(1) : null;
                }
                if (data == null) {
                    return Optional.empty();
                }
                int end = (piece + 1) << SHIFT;
                int[] at = {0};
                int talk = piece << SHIFT;
                while (at[0] < data.length) {
                    talk += (int) CuePacking.varint(data, at);
                    int f = (int) CuePacking.varint(data, at);
                    int d = (int) CuePacking.varint(data, at);
                    if (talks.get(talk)) {
                        figures.put(talk, new Figures(f, d));
                    }
                }
                id = talks.nextSetBit(end);
            }
        }
        return figures.size() == talks.cardinality() ? Optional.of(figures) : Optional.empty();
    }

    /**
     * Builds the word's missing pieces inside a write, from the search index's instances of every token starting with
     * the word ({@code fts5vocab}) and the talks' lengths FTS5 keeps. Nothing when the word is not kept. A piece whose
     * talks the instances and the word's bit set disagree on is left out (searches then keep asking FTS5).
     */
    static void build(Connection writer, String word) throws SQLException {
        if (!present(writer) || !KeptWords.isKept(writer, word)) {
            return;
        }
        BitSet ids = KeptWords.read(writer, KeptWords.expression(word)).orElseThrow().ids();
        if (TalkSearch.ranksNothing(ids.cardinality(), Fts5Averages.rows(writer, "talk_fts"))) {
            return; // in half the talks or more: only its bit set is read (decision 0045)
        }
        TreeSet<Integer> missing = pieces(ids);
        try (PreparedStatement ps = writer.prepareStatement("SELECT chunk FROM kept_word_freq WHERE word = ?")) {
            ps.setString(1, word);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.remove(rs.getInt(1));
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        int[] weighted = weightedCounts(writer, word, (missing.last() + 1) << SHIFT, missing);
        try (PreparedStatement lengths = writer.prepareStatement("SELECT id, sz FROM talk_fts_docsize WHERE id >= ? AND id < ?");
             PreparedStatement insert = writer.prepareStatement("INSERT INTO kept_word_freq(word, chunk, data) VALUES (?, ?, ?)")) {
            for (int piece : missing) {
                int start = piece << SHIFT;
                int end = start + (1 << SHIFT);
                Map<Integer, Integer> length = new HashMap<>();
                lengths.setInt(1, start);
                lengths.setInt(2, end);
                try (ResultSet rs = lengths.executeQuery()) {
                    while (rs.next()) {
                        length.put(rs.getInt(1), Bm25.length(rs.getBytes(2)));
                    }
                }
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                int last = start;
                boolean agree = true;
                for (int id = ids.nextSetBit(start); id >= 0 && id < end; id = ids.nextSetBit(id + 1)) {
                    Integer d = length.get(id);
                    if (weighted[id] == 0 || d == null) {
                        agree = false;
                        break;
                    }
                    CuePacking.varint(data, id - last);
                    CuePacking.varint(data, weighted[id]);
                    CuePacking.varint(data, d);
                    last = id;
                }
                for (int id = start; agree && id < end; id++) {
                    agree = weighted[id] == 0 || ids.get(id);
                }
                if (agree) {
                    insert.setString(1, word);
                    insert.setInt(2, piece);
                    insert.setBytes(3, data.toByteArray());
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Each talk's weighted count of the tokens starting with {@code word}, for the talks in the pieces asked. */
    private static int[] weightedCounts(Connection writer, String word, int size, TreeSet<Integer> pieces) throws SQLException {
        Map<String, Integer> weights = TalkBm25.weightsByColumn();
        int[] weighted = new int[size];
        try (Statement s = writer.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.talk_fts_instances USING fts5vocab(main, talk_fts, instance)");
        }
        // Every token starting with the word, as the prefix query "word"* matches them: the word's letters and digits
        // are ASCII, so the next string after all of them ends in the next character.
        String after = word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1);
        try (PreparedStatement ps = writer.prepareStatement("SELECT doc, col FROM temp.talk_fts_instances WHERE term >= ? AND term < ?")) {
            ps.setString(1, word);
            ps.setString(2, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    if (doc < size && pieces.contains((int) (doc >>> SHIFT))) {
                        weighted[(int) doc] += weights.get(rs.getString(2));
                    }
                }
            }
        }
        return weighted;
    }
}
