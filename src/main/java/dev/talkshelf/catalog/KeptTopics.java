package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The talks of each topic a large share of the library has ({@code tag:python}: the topic and every topic below it, as
 * {@code talk_topic_closure} holds them), kept in the file as bit sets (schema step 29, decision 0069), so such a topic
 * joins a filter's intersection as one read of a few pieces instead of 775,420 entries read or 300,000 talks sought in
 * them at a million talks.
 *
 * <p>Kept exact in every write: the talks a write transaction inserted, deleted or re-indexed (every change of a talk's
 * topics re-indexes it) are looked up in the closure at its commit, in the same transaction, so a rollback takes the
 * change back with it. A set is only used when it holds as many talks as the topic's figures ({@code
 * topic_status_sums}, moved by triggers for any writer of the file) say it has: a program other than TalkShelf that
 * deleted an entry makes the topic read from its entries again, never a wrong answer from a stale set.
 */
final class KeptTopics {
    /** A topic is kept when at least this share of the library has it, ... */
    static final double KEEP_MIN_SHARE = 0.2;
    /** ... and at least this many talks. */
    static final long KEEP_MIN_TALKS = 5_000;
    /** At most this many topics are kept: each costs every write transaction a read of its touched pieces. */
    static final int KEEP_MAX = 16;

    private static final int CHUNK_SHIFT = ChunkedBits.CHUNK_SHIFT;

    /** The statements of schema step 29; {@link Database} keeps the common topics right after them. */
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS kept_topic (topic_id INTEGER PRIMARY KEY)",
            """
            CREATE TABLE IF NOT EXISTS kept_topic_ids (
                topic_id INTEGER NOT NULL,
                chunk    INTEGER NOT NULL,
                bits     BLOB NOT NULL,
                PRIMARY KEY (topic_id, chunk)
            ) WITHOUT ROWID""",
            // A topic id may be given again once its topic is gone: its set goes with it.
            "DROP TRIGGER IF EXISTS topic_leaves_kept_topics",
            """
            CREATE TRIGGER topic_leaves_kept_topics AFTER DELETE ON topic BEGIN
                DELETE FROM kept_topic WHERE topic_id = old.id;
                DELETE FROM kept_topic_ids WHERE topic_id = old.id;
            END""");

    private KeptTopics() {
    }

    /**
     * The talks of a topic with those below it ({@code tag:}), when it is kept and its set holds as many talks as its
     * figures say; else empty (its entries are read).
     */
    static Optional<BitSet> read(Connection c, TalkFilter.Topic topic) throws SQLException {
        if (!topic.subtree() || !present(c)) {
            return Optional.empty();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT k.topic_id FROM topic tp JOIN kept_topic k ON k.topic_id = tp.id WHERE tp.path = ?")) {
            ps.setString(1, topic.path());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
            }
        }
        BitSet ids = stored(c, id);
        return matchesFigures(c, id, ids) ? Optional.of(ids) : Optional.empty();
    }

    private static BitSet stored(Connection c, long topic) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT chunk, bits FROM kept_topic_ids WHERE topic_id = ? ORDER BY chunk")) {
            ps.setLong(1, topic);
            return ChunkedBits.joined(ps);
        }
    }

    /** Whether a topic's set holds as many talks as its figures say it has. */
    private static boolean matchesFigures(Connection c, long topic, BitSet ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(sum(talks), 0) FROM " + TopicSums.TABLE + " WHERE topic_id = ?")) {
            ps.setLong(1, topic);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == ids.cardinality();
            }
        }
    }

    /** Whether this library has the tables (schema step 29); a write during an older step's migration has not. */
    static boolean present(Connection c) throws SQLException {
        return Schema.hasTable(c, "kept_topic");
    }

    /** The kept topics' ids. */
    static List<Long> topics(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT topic_id FROM kept_topic ORDER BY topic_id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Keeps a topic (by path) inside a write, its set read once from its entries. False when there is no such topic. */
    static boolean keep(Connection writer, String path) throws SQLException {
        try (PreparedStatement ps = writer.prepareStatement("SELECT id FROM topic WHERE path = ?")) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                keep(writer, rs.getLong(1));
                return true;
            }
        }
    }

    private static void keep(Connection writer, long topicId) throws SQLException {
        BitSet ids;
        try (PreparedStatement ps = writer.prepareStatement(
                "SELECT group_concat(talk_id) FROM talk_topic_closure WHERE topic_id = ?")) {
            ps.setLong(1, topicId);
            try (ResultSet rs = ps.executeQuery()) {
                ids = IdText.firstColumnSet(rs);
            }
        }
        try (PreparedStatement ps = writer.prepareStatement("INSERT OR IGNORE INTO kept_topic(topic_id) VALUES (?)")) {
            ps.setLong(1, topicId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = writer.prepareStatement("DELETE FROM kept_topic_ids WHERE topic_id = ?")) {
            ps.setLong(1, topicId);
            ps.executeUpdate();
        }
        ChunkedBits.writeWhole(writer, "kept_topic_ids", List.of("topic_id"), List.of(topicId), ids);
    }

    /**
     * Keeps the topics at least {@link #KEEP_MIN_SHARE} of the library and {@link #KEEP_MIN_TALKS} talks have, commonest
     * first, up to {@link #KEEP_MAX} kept: at the upgrade to step 29 and at the end of an import. Their figures
     * ({@code topic_status_sums}) say which, without a walk. A kept set off its figures is read again. The topics newly
     * kept.
     */
    static List<Long> keepCommon(Connection writer) throws SQLException {
        return keepCommon(writer, KEEP_MIN_TALKS);
    }

    /** {@link #keepCommon} with another least number of talks ({@link #KEEP_MIN_TALKS}; lower in tests). */
    static List<Long> keepCommon(Connection writer, long minTalks) throws SQLException {
        if (!present(writer)) {
            return List.of();
        }
        long talks;
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM talk")) {
            rs.next();
            talks = rs.getLong(1);
        }
        List<Long> kept = topics(writer);
        for (long topic : kept) {
            // A set another program's write left off its figures is read again from its entries.
            if (!matchesFigures(writer, topic, stored(writer, topic))) {
                keep(writer, topic);
            }
        }
        List<Long> now = new ArrayList<>();
        try (PreparedStatement ps = writer.prepareStatement("""
                SELECT topic_id FROM %s WHERE topic_id NOT IN (SELECT topic_id FROM kept_topic)
                 GROUP BY topic_id HAVING sum(talks) >= ? ORDER BY sum(talks) DESC, topic_id""".formatted(TopicSums.TABLE))) {
            ps.setLong(1, Math.max(Math.max(1, minTalks), (long) Math.ceil(KEEP_MIN_SHARE * talks)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && kept.size() + now.size() < KEEP_MAX) {
                    now.add(rs.getLong(1));
                }
            }
        }
        for (long topic : now) {
            keep(writer, topic);
        }
        return now;
    }

    /** {@link #keepCommon} in a write of its own, when nobody else writes (a busy library keeps reading entries). */
    static void keepCommonIfFree(Database db) {
        try {
            db.writeIfFree(c -> {
                keepCommon(c);
                return null;
            });
        } catch (CatalogException e) {
            // Only time is lost: the topics stay read from their entries.
        }
    }

    /**
     * Brings every kept set up to date for the talks a write transaction inserted, deleted or re-indexed: each touched
     * talk's bit is set exactly when it has an entry of the topic now. Inside the write, before its commit.
     */
    static void apply(Connection writer, Collection<Long> touched) throws SQLException {
        if (touched.isEmpty() || !present(writer)) {
            return;
        }
        List<Long> topics = topics(writer);
        if (topics.isEmpty()) {
            return;
        }
        StringBuilder json = new StringBuilder(touched.size() * 7).append('[');
        for (long id : touched) {
            json.append(json.length() == 1 ? "" : ",").append(id);
        }
        Map<Long, BitSet> has = new HashMap<>();
        try (PreparedStatement ps = writer.prepareStatement("""
                SELECT c.topic_id, c.talk_id FROM talk_topic_closure c INDEXED BY talk_topic_closure_by_talk
                 WHERE c.talk_id IN (SELECT value FROM json_each(?)) AND c.topic_id IN (SELECT topic_id FROM kept_topic)""")) {
            ps.setString(1, json.append(']').toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    has.computeIfAbsent(rs.getLong(1), k -> new BitSet()).set(Math.toIntExact(rs.getLong(2)));
                }
            }
        }
        TreeMap<Integer, List<Integer>> byChunk = ChunkedBits.byPiece(touched);
        for (long topic : topics) {
            BitSet now = has.getOrDefault(topic, new BitSet());
            for (var e : byChunk.entrySet()) {
                int chunk = e.getKey();
                BitSet bits = readChunk(writer, topic, chunk);
                boolean changed = false;
                for (int low : e.getValue()) {
                    boolean is = now.get((chunk << CHUNK_SHIFT) | low);
                    if (bits.get(low) != is) {
                        bits.set(low, is);
                        changed = true;
                    }
                }
                if (changed) {
                    writeChunk(writer, topic, chunk, bits);
                }
            }
        }
    }

    private static BitSet readChunk(Connection c, long topic, int chunk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT bits FROM kept_topic_ids WHERE topic_id = ? AND chunk = ?")) {
            ps.setLong(1, topic);
            ps.setInt(2, chunk);
            return ChunkedBits.piece(ps);
        }
    }

    private static void writeChunk(Connection c, long topic, int chunk, BitSet bits) throws SQLException {
        ChunkedBits.write(c, "kept_topic_ids", List.of("topic_id"), List.of(topic), chunk, bits);
    }
}
