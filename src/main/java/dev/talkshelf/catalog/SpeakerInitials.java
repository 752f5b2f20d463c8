package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The talks of each one-character speaker prefix ({@code speaker:a}: a talk with a speaker who has a word starting with
 * "a"), kept as bit sets (schema step 26, decision 0053), so such a term is one read instead of its speakers' talk entries
 * gathered as text (42,181 of them for "a" at 100,000 talks).
 *
 * <p>"A word starting with a" is what {@code speaker_fts MATCH '"a"*'} finds: a token of the speaker's name, folded by
 * {@link TextFold} and then by the same tokenizer ({@code unicode61 remove_diacritics 2}), whose first character is "a".
 * So "Émile" counts for "e", "Łukasz" for "l" (TextFold), "李" for none of the kept ones. The tokens are not cut here:
 * the names go through the tokenizer itself (a temporary FTS5 table and its {@code fts5vocab} list of terms).
 *
 * <p>Kept exact in every write: the talks a write transaction re-indexed (every change of a talk's speakers re-indexes
 * it) are re-read at its commit, in the same transaction, so a rollback takes the change back with it. A speaker
 * renamed by another program (TalkShelf renames none) drops the sets by trigger; the next write builds them again, and
 * until then searches gather the speakers' entries as before.
 */
final class SpeakerInitials {
    /** The prefixes kept: ASCII lower-case letters and digits, the first characters tokens fold to. */
    static final String KEPT = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** Ids per stored piece: a write rewrites the pieces of its talks' ids only (8 KB each). */
    private static final int CHUNK_SHIFT = ChunkedBits.CHUNK_SHIFT;

    /**
     * From this many touched talks, and half the library's ids or more, the sets are built afresh: one pass over every
     * talk's speakers (0.8 s CPU at 100,000 talks, 5-6.5 s at a million) costs less than looking each touched talk up.
     */
    private static final int REBUILD_MIN_TALKS = 20_000;

    /** The statements of schema step 26. */
    static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS speaker_initial_ids (
                initial TEXT NOT NULL,
                chunk INTEGER NOT NULL,
                bits BLOB NOT NULL,
                PRIMARY KEY (initial, chunk)
            ) WITHOUT ROWID""",
            // One row while the sets are exact; none: not kept (the speakers' entries are read instead).
            "CREATE TABLE IF NOT EXISTS speaker_initials_kept (kept INTEGER PRIMARY KEY CHECK (kept = 1))",
            "DROP TRIGGER IF EXISTS speaker_renamed_drops_initials",
            """
            CREATE TRIGGER speaker_renamed_drops_initials AFTER UPDATE OF id, name ON speaker BEGIN
                DELETE FROM speaker_initials_kept;
                DELETE FROM speaker_initial_ids;
            END""");

    private SpeakerInitials() {
    }

    /**
     * The kept prefix {@code speaker:WORD} (its folded word, a prefix) stands for, if it is one: one ASCII letter (either
     * case: the tokenizer folds case) or digit.
     */
    static Optional<Character> keptInitial(String word, boolean prefix) {
        if (!prefix || word.length() != 1) {
            return Optional.empty();
        }
        char ch = word.charAt(0);
        char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
        return KEPT.indexOf(lower) >= 0 ? Optional.of(lower) : Optional.empty();
    }

    /** The talks of a kept prefix, when the sets are kept (else empty: read the speakers' entries). */
    static Optional<BitSet> read(Connection c, char initial) throws SQLException {
        if (!kept(c)) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT chunk, bits FROM speaker_initial_ids WHERE initial = ? ORDER BY chunk")) {
            ps.setString(1, String.valueOf(initial));
            return Optional.of(ChunkedBits.joined(ps));
        }
    }

    static boolean kept(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM speaker_initials_kept")) {
            return rs.next();
        }
    }

    /** Builds every set from every talk's speakers (schema step 26, or after a rename dropped them). Inside a write. */
    static void rebuild(Connection writer) throws SQLException {
        Map<Long, Long> initials = initials(writer, "SELECT id, name FROM speaker", List.of());
        Map<Character, BitSet> sets = new HashMap<>();
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT talk_id, speaker_id FROM talk_speaker")) {
            while (rs.next()) {
                long mask = initials.getOrDefault(rs.getLong(2), 0L);
                int talk = Math.toIntExact(rs.getLong(1));
                for (int k = 0; mask != 0; k++, mask >>>= 1) {
                    if ((mask & 1) != 0) {
                        sets.computeIfAbsent(KEPT.charAt(k), x -> new BitSet()).set(talk);
                    }
                }
            }
        }
        try (Statement s = writer.createStatement()) {
            s.execute("DELETE FROM speaker_initial_ids");
        }
        for (var e : sets.entrySet()) {
            ChunkedBits.writeWhole(writer, "speaker_initial_ids", List.of("initial"), List.of(String.valueOf(e.getKey())),
                    e.getValue());
        }
        try (Statement s = writer.createStatement()) {
            s.execute("INSERT OR IGNORE INTO speaker_initials_kept(kept) VALUES (1)");
        }
    }

    /**
     * Brings the sets up to date for the talks a write transaction re-indexed (a talk that no longer exists has no
     * speakers): each touched talk's bit of each set is set exactly when one of its speakers now has a matching word.
     * After the speakers' index rows ({@link SpeakerIndex#add}); inside the write, before its commit.
     */
    static void apply(Connection writer, Set<Long> touched) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        if (!Schema.hasTable(writer, "speaker_initials_kept")) {
            return; // a library being upgraded: step 26 builds them
        }
        if (!kept(writer) || touched.size() >= REBUILD_MIN_TALKS && 2L * touched.size() >= maxTalkId(writer)) {
            // Dropped by a rename, or most of the library touched (an import into a new library).
            rebuild(writer);
            return;
        }
        String ids = jsonArray(touched);
        Map<Long, Long> initials = initials(writer, """
                SELECT sp.id, sp.name FROM speaker sp
                 WHERE sp.id IN (SELECT ts.speaker_id FROM talk_speaker ts WHERE ts.talk_id IN (SELECT value FROM json_each(?)))""",
                List.of(ids));
        Map<Long, Long> byTalk = new HashMap<>();
        try (PreparedStatement ps = writer.prepareStatement(
                "SELECT talk_id, speaker_id FROM talk_speaker WHERE talk_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byTalk.merge(rs.getLong(1), initials.getOrDefault(rs.getLong(2), 0L), (a, b) -> a | b);
                }
            }
        }
        TreeMap<Integer, List<Integer>> byChunk = ChunkedBits.byPiece(touched);
        // Each touched talk's mask looked up once, not once per kept initial (36 boxed look-ups per talk at each commit).
        Map<Integer, long[]> masksByChunk = new HashMap<>();
        for (var e : byChunk.entrySet()) {
            long[] masks = new long[e.getValue().size()];
            int i = 0;
            for (int low : e.getValue()) {
                masks[i++] = byTalk.getOrDefault(((long) e.getKey() << CHUNK_SHIFT) | low, 0L);
            }
            masksByChunk.put(e.getKey(), masks);
        }
        for (int k = 0; k < KEPT.length(); k++) {
            char initial = KEPT.charAt(k);
            long bit = 1L << k;
            for (var e : byChunk.entrySet()) {
                int chunk = e.getKey();
                long[] masks = masksByChunk.get(chunk);
                BitSet bits = readChunk(writer, initial, chunk);
                boolean changed = false;
                int i = 0;
                for (int low : e.getValue()) {
                    boolean is = (masks[i++] & bit) != 0;
                    if (bits.get(low) != is) {
                        bits.set(low, is);
                        changed = true;
                    }
                }
                if (changed) {
                    writeChunk(writer, initial, chunk, bits);
                }
            }
        }
    }

    /**
     * Each speaker's kept initials as a mask (bit k: {@code KEPT.charAt(k)}), from its name folded as {@code speaker_fts}
     * holds it and cut by the same tokenizer: the names go into a temporary FTS5 table and its terms are read back.
     */
    private static Map<Long, Long> initials(Connection writer, String speakersSql, List<Object> params) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("""
                    CREATE VIRTUAL TABLE IF NOT EXISTS temp.initial_probe USING fts5(
                        name, tokenize = 'unicode61 remove_diacritics 2')""");
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.initial_probe_terms USING fts5vocab(temp, initial_probe, instance)");
            s.execute("DELETE FROM temp.initial_probe");
        }
        try (PreparedStatement read = writer.prepareStatement(speakersSql);
             PreparedStatement insert = writer.prepareStatement("INSERT INTO temp.initial_probe(rowid, name) VALUES (?, ?)")) {
            Sql.bind(read, params);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    if (name == null) {
                        continue;
                    }
                    insert.setLong(1, rs.getLong(1));
                    insert.setString(2, TextFold.fold(name));
                    insert.executeUpdate();
                }
            }
        }
        Map<Long, Long> masks = new HashMap<>();
        try (Statement s = writer.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT doc, substr(term, 1, 1) FROM temp.initial_probe_terms")) {
            while (rs.next()) {
                String first = rs.getString(2);
                int k = first == null || first.length() != 1 ? -1 : KEPT.indexOf(first.charAt(0));
                if (k >= 0) {
                    masks.merge(rs.getLong(1), 1L << k, (a, b) -> a | b);
                }
            }
        }
        try (Statement s = writer.createStatement()) {
            s.execute("DELETE FROM temp.initial_probe");
        }
        return masks;
    }

    private static long maxTalkId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(id) FROM talk")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String jsonArray(Set<Long> ids) {
        StringBuilder json = new StringBuilder(ids.size() * 7).append('[');
        for (long id : ids) {
            json.append(json.length() == 1 ? "" : ",").append(id);
        }
        return json.append(']').toString();
    }

    private static BitSet readChunk(Connection c, char initial, int chunk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT bits FROM speaker_initial_ids WHERE initial = ? AND chunk = ?")) {
            ps.setString(1, String.valueOf(initial));
            ps.setInt(2, chunk);
            return ChunkedBits.piece(ps);
        }
    }

    private static void writeChunk(Connection c, char initial, int chunk, BitSet bits) throws SQLException {
        ChunkedBits.write(c, "speaker_initial_ids", List.of("initial"), List.of(String.valueOf(initial)), chunk, bits);
    }
}
