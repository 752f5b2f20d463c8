package dev.talkshelf.catalog;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was said, kept for the terms a search found in many transcripts (decision 0035, schema step 21): for each talk
 * whose transcript holds the term, how often ({@code tf}), the talk's length in {@code said_fts} tokens ({@code dl})
 * and the cues holding it, each with what {@link CueWords} counted in it (the moments' {@link CueSearch.Hit}s). A
 * {@code said:} query of kept terms is ranked from these rows ({@link Bm25}) and its page's moments picked from
 * them, instead of walking the term's index list and looking through the page's ~5 MB of cues.
 *
 * <p>Kept up to date in the writes that change transcripts: {@link TranscriptStore#put} indexes the new transcript
 * for every kept term (in Java, from its packed cues, as the moments read them); the trigger
 * {@code transcript_leaves_kept_said} takes a talk's rows away with its transcript (detach, replace, the talk
 * deleted, an import taken back).
 */
final class KeptSaid {
    /** At most this many terms are kept: each costs every attach a look through the transcript for it. */
    static final int MAX_TERMS = 16;

    private KeptSaid() {
    }

    /** A kept term's row for one talk. */
    record Entry(long talk, int tf, int length, byte[] hits) {
    }

    /** The kept terms among {@code terms}, each with its id. */
    static Map<String, Long> ids(Connection c, Collection<String> terms) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM kept_said_term WHERE term = ?")) {
            for (String term : terms) {
                ps.setString(1, term);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        ids.put(term, rs.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Keeps a term: its rows built from every transcript, in the caller's write. False when it is kept already, when
     * {@link #MAX_TERMS} are, or when it has no word to look for.
     */
    static boolean keep(Connection writer, String term) throws SQLException {
        CueWords words = CueWords.of(List.of(term));
        if (words.isEmpty() || !ids(writer, List.of(term)).isEmpty() || count(writer) >= MAX_TERMS) {
            return false;
        }
        try (PreparedStatement ps = writer.prepareStatement("INSERT INTO kept_said_term(term) VALUES (?)")) {
            ps.setString(1, term);
            ps.executeUpdate();
        }
        long id = ids(writer, List.of(term)).get(term);
        try (PreparedStatement read = writer.prepareStatement("""
                SELECT t.talk_id, t.cues, d.sz FROM transcript t JOIN said_fts_docsize d ON d.id = t.talk_id""");
             PreparedStatement insert = insert(writer);
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                Entry e = entry(rs.getLong(1), CuePacking.unpackLazily(rs.getBytes(2)), Bm25.length(rs.getBytes(3)), words);
                if (e != null) {
                    put(insert, id, e);
                }
            }
        }
        return true;
    }

    /** In the write that has just stored a talk's transcript (and its {@code said_fts} row): its rows of every kept term. */
    static void index(Connection writer, long talk, byte[] packed) throws SQLException {
        Map<Long, String> terms = new HashMap<>();
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT id, term FROM kept_said_term")) {
            while (rs.next()) {
                terms.put(rs.getLong(1), rs.getString(2));
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        int length = Bm25.saidLength(writer, talk);
        CuePacking.Lazy cues = CuePacking.unpackLazily(packed);
        try (PreparedStatement insert = insert(writer)) {
            for (Map.Entry<Long, String> term : terms.entrySet()) {
                Entry e = entry(talk, cues, length, CueWords.of(List.of(term.getValue())));
                if (e != null) {
                    put(insert, term.getKey(), e);
                }
            }
        }
    }

    /** Every talk holding a kept term: how often and its length. */
    static List<Entry> entries(Connection c, long term) throws SQLException {
        List<Entry> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT talk_id, tf, dl FROM kept_said WHERE term_id = ?")) {
            ps.setLong(1, term);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new Entry(rs.getLong(1), rs.getInt(2), rs.getInt(3), null));
                }
            }
        }
        return all;
    }

    /** The hits of a kept term in each of the talks (ids as a JSON array) that hold it. */
    static Map<Long, List<CueSearch.Hit>> hits(Connection c, long term, String talkIds) throws SQLException {
        Map<Long, List<CueSearch.Hit>> all = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT talk_id, hits FROM kept_said WHERE term_id = ? AND talk_id IN (SELECT value FROM json_each(?))")) {
            ps.setLong(1, term);
            ps.setString(2, talkIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.put(rs.getLong(1), decode(rs.getBytes(2)));
                }
            }
        }
        return all;
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM kept_said_term")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static PreparedStatement insert(Connection writer) throws SQLException {
        return writer.prepareStatement("INSERT OR REPLACE INTO kept_said(term_id, talk_id, tf, dl, hits) VALUES (?, ?, ?, ?, ?)");
    }

    private static void put(PreparedStatement insert, long term, Entry e) throws SQLException {
        insert.setLong(1, term);
        insert.setLong(2, e.talk());
        insert.setInt(3, e.tf());
        insert.setInt(4, e.length());
        insert.setBytes(5, e.hits());
        insert.executeUpdate();
    }

    /** The talk's row for a term: its cues holding it, found as the moments find them; null when none does. */
    private static Entry entry(long talk, CuePacking.Lazy cues, int length, CueWords words) {
        List<CueSearch.Hit> hits = CueSearch.hitsIn(cues, words);
        if (hits.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(hits.size() * 4);
        int tf = 0;
        int previous = 0;
        for (CueSearch.Hit h : hits) {
            CuePacking.varint(out, h.place() - previous);
            CuePacking.varint(out, h.occurrences());
            CuePacking.varint(out, h.words());
            previous = h.place();
            tf += h.occurrences();
        }
        return new Entry(talk, tf, length, out.toByteArray());
    }

    /** Hits as {@link #entry} wrote them: each holds the one term. */
    static List<CueSearch.Hit> decode(byte[] hits) {
        List<CueSearch.Hit> all = new ArrayList<>();
        int[] at = {0};
        int place = 0;
        while (at[0] < hits.length) {
            place += (int) CuePacking.varint(hits, at);
            int occurrences = (int) CuePacking.varint(hits, at);
            int words = (int) CuePacking.varint(hits, at);
            all.add(new CueSearch.Hit(place, 1, occurrences, words));
        }
        return all;
    }
}
