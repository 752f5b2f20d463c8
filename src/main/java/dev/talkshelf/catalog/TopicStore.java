package dev.talkshelf.catalog;

import dev.talkshelf.model.TalkId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Topics as a whole, for all their talks at once: which talks a topic's subtree holds, and re-pointing or dropping
 * every path of a subtree. Each talk is changed through {@link TalkStore#changeTopics}, so {@code talk_topic},
 * {@code talk_topic_closure} and the search index stay in step, and what changed is returned per talk for undo.
 */
public final class TopicStore {
    private final Database db;
    private final TalkStore talks;

    public TopicStore(Database db, TalkStore talks) {
        this.db = db;
        this.talks = talks;
    }

    /** True when some talk has this topic or a topic below it. */
    public boolean inUse(String path) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT 1 FROM talk_topic_closure cl JOIN topic tp ON tp.id = cl.topic_id WHERE tp.path = ? LIMIT 1""")) {
                ps.setString(1, path);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Changes, in one write transaction, every topic path of the subtree under {@code root} (the root included) that
     * talks have: {@code mapping} gives a path its new path, or empty to drop it. A talk that already has the new
     * path just loses the old one. Topics no talk uses any more are removed from the list of topics.
     */
    public Map<TalkId, TopicChange> retarget(String root, Function<String, Optional<String>> mapping) {
        return db.write(c -> {
            Map<Long, List<String>> pathsByTalk = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT tt.talk_id, tp.path FROM talk_topic tt JOIN topic tp ON tp.id = tt.topic_id
                     WHERE tp.path = ? OR substr(tp.path, 1, length(?) + 1) = ? || '/'
                     ORDER BY tt.talk_id, tt.ord""")) {
                ps.setString(1, root);
                ps.setString(2, root);
                ps.setString(3, root);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pathsByTalk.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            Map<TalkId, TopicChange> changes = new LinkedHashMap<>();
            for (Map.Entry<Long, List<String>> e : pathsByTalk.entrySet()) {
                List<String> remove = new ArrayList<>();
                Set<String> add = new LinkedHashSet<>();
                for (String path : e.getValue()) {
                    Optional<String> target = mapping.apply(path);
                    if (target.isEmpty() || !target.get().equals(path)) {
                        remove.add(path);
                        target.ifPresent(add::add);
                    }
                }
                TalkId id = TalkId.of(e.getKey());
                changes.put(id, talks.changeTopics(id, List.copyOf(add), remove));
            }
            removeUnused(c);
            db.transactionRows().clear(); // the cache of topic ids may name rows just deleted
            return changes;
        });
    }

    /** Topics that no talk has, itself or below it, are dropped (children before parents, in one statement). */
    private static void removeUnused(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM topic WHERE id NOT IN (SELECT topic_id FROM talk_topic_closure)""")) {
            ps.executeUpdate();
        }
    }
}
