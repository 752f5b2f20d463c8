package dev.talkshelf.catalog;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.TalkSummary;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.model.TopicPath;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts and sums over the talks a filter selects, computed in SQL so no talk is loaded to count it. */
public final class TalkAggregates {
    private final Database db;

    public TalkAggregates(Database db) {
        this.db = db;
    }

    public TalkSummary summary(TalkFilter filter) {
        String sql = """
                SELECT count(*),
                       coalesce(sum(t.status = 'watched'), 0),
                       coalesce(sum(CASE WHEN t.status IN ('unwatched', 'in-progress')
                                         THEN max(coalesce(t.duration_ms, 0) - coalesce(t.position_ms, 0), 0)
                                         ELSE 0 END), 0)
                  FROM talk t WHERE %s""".formatted(filter.sql());
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, filter.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new TalkSummary(rs.getLong(1), rs.getLong(2), Duration.ofMillis(rs.getLong(3)));
                }
            }
        });
    }

    /** Topic tree, the most frequent speakers and events (at most {@code limit} of each), years and statuses. */
    public Facets facets(TalkFilter filter, int limit) {
        long total = count(filter);
        Map<String, Long> topicCounts = new LinkedHashMap<>();
        for (FacetCount f : counts("""
                SELECT tp.path, count(*) FROM talk_topic_closure tc
                  JOIN topic tp ON tp.id = tc.topic_id
                  JOIN talk t ON t.id = tc.talk_id
                 WHERE %s GROUP BY tp.path ORDER BY tp.path""", filter, -1)) {
            topicCounts.put(f.value(), f.count());
        }
        List<FacetCount> speakers = counts("""
                SELECT s.name, count(*) AS n FROM talk_speaker ts
                  JOIN speaker s ON s.id = ts.speaker_id
                  JOIN talk t ON t.id = ts.talk_id
                 WHERE %s GROUP BY s.id ORDER BY n DESC, s.name_key LIMIT ?""", filter, limit);
        List<FacetCount> events = counts("""
                SELECT e.name, count(*) AS n FROM talk t JOIN event e ON e.id = t.event_id
                 WHERE %s GROUP BY e.id ORDER BY n DESC, e.name_key LIMIT ?""", filter, limit);
        List<FacetCount> years = counts("""
                SELECT t.year, count(*) FROM talk t WHERE (%s) AND t.year IS NOT NULL
                 GROUP BY t.year ORDER BY t.year DESC""", filter, -1);
        List<FacetCount> statuses = counts("""
                SELECT t.status, count(*) FROM talk t WHERE %s GROUP BY t.status ORDER BY t.status""", filter, -1);
        return new Facets(total, tree(topicCounts), speakers, events, years, statuses);
    }

    /** Nodes for every counted path; a path whose parent was not counted becomes a root. */
    static List<TopicNode> tree(Map<String, Long> counts) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        for (String path : counts.keySet()) {
            String parent = TopicPath.parent(path).orElse(null);
            if (parent != null && counts.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(path);
            } else {
                roots.add(path);
            }
        }
        return nodes(roots, counts, children);
    }

    private static List<TopicNode> nodes(List<String> paths, Map<String, Long> counts, Map<String, List<String>> children) {
        List<TopicNode> result = new ArrayList<>();
        for (String p : paths) {
            result.add(new TopicNode(p, counts.get(p), nodes(children.getOrDefault(p, List.of()), counts, children)));
        }
        result.sort(Comparator.comparing(TopicNode::path));
        return result;
    }

    private long count(TalkFilter filter) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM talk t WHERE " + filter.sql())) {
                Sql.bind(ps, filter.params());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** Runs a two-column (value, count) query; the template's %s is the filter, a trailing ? the limit. */
    private List<FacetCount> counts(String template, TalkFilter filter, int limit) {
        String sql = template.formatted(filter.sql());
        List<Object> params = new ArrayList<>(filter.params());
        if (limit >= 0) {
            params.add(limit);
        }
        return db.read(c -> {
            List<FacetCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FacetCount(rs.getString(1), rs.getLong(2)));
                    }
                }
            }
            return out;
        });
    }
}
