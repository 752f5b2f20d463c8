package dev.talkshelf.catalog;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.TalkId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kept whole-library facet counts ({@link FacetSnapshot}) moved in place by edits of single talks (decision 0047),
 * instead of being retired and counted again (165–180 ms at 100,000 talks). An edit notes each talk's facet values
 * before it changes them ({@link #before}); at the commit every value one of those talks had or has now is counted again
 * exactly (one index range each) and written into the kept counts. Topics and years are kept whole; speakers and
 * events only the {@value FacetStore#TOP} most frequent, so a value that may cross that line (one of the kept ones
 * falls to the last place or out, with others outside that might now come first) retires the counts instead.
 * One per write transaction; emptied when it ends.
 */
final class FacetMoves {
    /** More talks than this in one write are not moved one by one: the counts are retired and counted once. */
    static final int MAX_TALKS = 200;

    private static final String TOPIC = "topic";
    private static final String SPEAKER = "speaker";
    private static final String EVENT = "event";
    private static final String YEAR = "year";

    /** A talk's facet values: kind to (value to the id counting it: a topic's, speaker's or event's id, or the year). */
    private record Values(Map<String, Map<String, Long>> byKind) {
    }

    private final Map<Long, Values> before = new LinkedHashMap<>();
    private boolean tooMany;

    /**
     * Notes a talk's facet values as they are now, before this write changes them; only the first call for a talk in a
     * transaction counts. Only inside the write, on its connection. False when the talk is not noted (too many in this
     * write): then the counts are retired at the commit.
     */
    boolean before(Connection writer, long talkId) throws SQLException {
        if (before.containsKey(talkId)) {
            return true;
        }
        if (tooMany || before.size() >= MAX_TALKS) {
            tooMany = true;
            return false;
        }
        before.put(talkId, valuesOf(writer, talkId));
        return true;
    }

    /** True when this talk's values were noted before any change in this transaction. */
    boolean noted(long talkId) {
        return before.containsKey(talkId);
    }

    boolean isEmpty() {
        return before.isEmpty() && !tooMany;
    }

    void clear() {
        before.clear();
        tooMany = false;
    }

    /**
     * Moves the kept counts by what this transaction changed in the noted talks. False when they cannot be moved exactly
     * (too many talks, a noted talk deleted, a speaker or event that may cross the top's line): the caller retires them.
     * Counts that are not valid now are left alone (true: there is nothing to keep).
     */
    boolean apply(Connection writer) throws SQLException {
        if (!validNow(writer)) {
            return true;
        }
        if (tooMany) {
            return false;
        }
        Map<String, Map<String, Long>> changed = new HashMap<>();
        for (Map.Entry<Long, Values> talk : before.entrySet()) {
            if (!TalkStore.existsIn(writer, TalkId.of(talk.getKey()))) {
                return false; // deleted after its edit: the total changed
            }
            Values now = valuesOf(writer, talk.getKey());
            for (String kind : List.of(TOPIC, SPEAKER, EVENT, YEAR)) {
                Map<String, Long> was = talk.getValue().byKind().get(kind);
                Map<String, Long> is = now.byKind().get(kind);
                Map<String, Long> moved = changed.computeIfAbsent(kind, k -> new LinkedHashMap<>());
                for (Map.Entry<String, Long> v : was.entrySet()) {
                    if (!is.containsKey(v.getKey())) {
                        moved.put(v.getKey(), v.getValue());
                    }
                }
                for (Map.Entry<String, Long> v : is.entrySet()) {
                    if (!was.containsKey(v.getKey())) {
                        moved.put(v.getKey(), v.getValue());
                    }
                }
            }
        }
        for (Map.Entry<String, Map<String, Long>> kind : changed.entrySet()) {
            if (kind.getValue().isEmpty()) {
                continue;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, Long> v : kind.getValue().entrySet()) {
                counts.put(v.getKey(), count(writer, kind.getKey(), v.getValue()));
            }
            boolean whole = kind.getKey().equals(TOPIC) || kind.getKey().equals(YEAR);
            if (!(whole ? setWhole(writer, kind.getKey(), counts) : setTop(writer, kind.getKey(), counts))) {
                return false;
            }
        }
        return true;
    }

    private static boolean validNow(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT facets_at IS NOT NULL AND facets_at = writes FROM library_writes")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** A complete kind (every value with a talk is kept): each value takes its count, and leaves at 0. */
    private static boolean setWhole(Connection c, String kind, Map<String, Long> counts) throws SQLException {
        for (Map.Entry<String, Long> v : counts.entrySet()) {
            write(c, kind, v.getKey(), v.getValue());
        }
        return true;
    }

    /**
     * A kind kept as its {@value FacetStore#TOP} most frequent values, in {@link FacetStore}'s order (most talks first,
     * ties by value). Fewer kept than that means every value is kept. Each value is moved from a state where the kept
     * ones are exactly the top: one inside stays while it still comes before the last kept one (or is the last one and
     * did not fall); one outside comes in, pushing the last one out, when it now comes before it. Anything else may let
     * a value that is not kept come first: false.
     */
    private static boolean setTop(Connection c, String kind, Map<String, Long> counts) throws SQLException {
        Map<String, Long> kept = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT value, n FROM facet_snapshot WHERE kind = ?")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kept.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        for (Map.Entry<String, Long> v : counts.entrySet()) {
            String value = v.getKey();
            long n = v.getValue();
            if (kept.size() < FacetStore.TOP) {
                if (n == 0) {
                    kept.remove(value);
                } else {
                    kept.put(value, n);
                }
                write(c, kind, value, n);
                continue;
            }
            FacetCount last = last(kept);
            FacetCount moved = new FacetCount(value, n);
            if (kept.containsKey(value)) {
                boolean stays = n > 0 && (value.equals(last.value()) ? n >= last.count() : before(moved, last));
                if (!stays) {
                    return false;
                }
                kept.put(value, n);
                write(c, kind, value, n);
            } else if (n > 0 && before(moved, last)) {
                kept.remove(last.value());
                write(c, kind, last.value(), 0);
                kept.put(value, n);
                write(c, kind, value, n);
            }
        }
        return true;
    }

    /** The kept value that comes last in FacetStore's order. */
    private static FacetCount last(Map<String, Long> kept) {
        FacetCount last = null;
        for (Map.Entry<String, Long> e : kept.entrySet()) {
            FacetCount fc = new FacetCount(e.getKey(), e.getValue());
            if (last == null || before(last, fc)) {
                last = fc;
            }
        }
        return last;
    }

    /** FacetStore's order: more talks first, ties by value. */
    private static boolean before(FacetCount a, FacetCount b) {
        return a.count() != b.count() ? a.count() > b.count() : a.value().compareTo(b.value()) < 0;
    }

    /** Sets a kept count; 0 removes it (a value without talks is not listed). */
    private static void write(Connection c, String kind, String value, long n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM facet_snapshot WHERE kind = ? AND value = ?")) {
            ps.setString(1, kind);
            ps.setString(2, value);
            ps.executeUpdate();
        }
        if (n > 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO facet_snapshot(kind, value, n) VALUES (?, ?, ?)")) {
                ps.setString(1, kind);
                ps.setString(2, value);
                ps.setLong(3, n);
                ps.executeUpdate();
            }
        }
    }

    /** How many talks have the value now, counted as {@link FacetIndex#wholeLibraryCounts} counts it, by its id. */
    private static long count(Connection c, String kind, long id) throws SQLException {
        String sql = switch (kind) {
            case TOPIC -> "SELECT count(*) FROM talk_topic_closure WHERE topic_id = ?";
            case SPEAKER -> "SELECT count(*) FROM talk_speaker INDEXED BY talk_speaker_by_speaker WHERE speaker_id = ?";
            case EVENT -> "SELECT count(*) FROM talk t INDEXED BY talk_by_event WHERE t.event_id = ?";
            default -> "SELECT count(*) FROM talk t INDEXED BY talk_by_year WHERE t.year = ?";
        };
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The talk's topics (with their ancestors), speakers, event and year, each with the id it is counted by. */
    private static Values valuesOf(Connection c, long talkId) throws SQLException {
        Map<String, Map<String, Long>> byKind = new HashMap<>();
        byKind.put(TOPIC, rows(c, """
                SELECT tp.path, tp.id FROM talk_topic_closure x JOIN topic tp ON tp.id = x.topic_id WHERE x.talk_id = ?""", talkId));
        byKind.put(SPEAKER, rows(c, """
                SELECT s.name, s.id FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = ?""", talkId));
        byKind.put(EVENT, rows(c, "SELECT e.name, e.id FROM talk t JOIN event e ON e.id = t.event_id WHERE t.id = ?", talkId));
        byKind.put(YEAR, rows(c, "SELECT t.year, t.year FROM talk t WHERE t.id = ? AND t.year IS NOT NULL", talkId));
        return new Values(byKind);
    }

    private static Map<String, Long> rows(Connection c, String sql, long talkId) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, talkId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString(1);
                    if (seen.add(value)) {
                        values.put(value, rs.getLong(2));
                    }
                }
            }
        }
        return values;
    }

    /**
     * Runs one UPDATE of a single talk's row and returns the rows it changed. When the talk was noted, the retirement the
     * file's trigger makes on an event or year change ({@code talk_moved_retires_facets}) is undone: the change is moved
     * at the commit instead. Counts retired before the statement stay retired.
     */
    static int updateOfNotedTalk(Connection c, PreparedStatement update, boolean noted) throws SQLException {
        Long validBefore = noted ? validAt(c) : null;
        int rows = update.executeUpdate();
        if (validBefore != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE library_writes SET facets_at = ? WHERE facets_at IS NULL")) {
                ps.setLong(1, validBefore);
                ps.executeUpdate();
            }
        }
        return rows;
    }

    /** The kept counts' validity as it is now: the write count they are valid at, or null. */
    private static Long validAt(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT facets_at FROM library_writes WHERE facets_at = writes")) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** The ids of the noted talks (for tests). */
    List<Long> notedTalks() {
        return new ArrayList<>(before.keySet());
    }
}
