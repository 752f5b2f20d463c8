package dev.talkshelf.catalog;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.model.TopicPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts for browsing: topics (as a tree), speakers, events, years and watch statuses, over the whole
 * library or over the talks a filter selects. Within a filter, the matching ids are first collected into a
 * temporary table, so each count is one indexed join from those ids rather than a re-run of the filter.
 */
public final class FacetStore {
    /** Speakers and events are cut to the most frequent this many; a library has thousands. */
    public static final int TOP = 200;
    /** Hits above 1/this of the library count by walking the facet indexes instead of the hits. */
    private static final int BROAD_FRACTION = 6;

    private static final Comparator<FacetCount> BY_COUNT = Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::value);

    private final Database db;

    public FacetStore(Database db) {
        this.db = db;
    }

    /**
     * Facets of the talks the filter selects ({@link TalkFilter#ALL} for the whole library). Speakers and events
     * are the {@value #TOP} most frequent only; topics, years and statuses are complete.
     */
    public Facets facets(TalkFilter filter) {
        return db.read(c -> {
            boolean all = filter == TalkFilter.ALL;
            long library = counts(c, "SELECT NULL, count(*) FROM talk").get(0).count();
            long total = all ? library : collect(c, filter);
            String talks;
            String closure;
            String speakers;
            String events;
            if (all || total * BROAD_FRACTION > library) {
                // Many hits: walk each facet's own index in its grouping order, checking membership by id.
                // Costs about the library's size, whatever the number of hits, and needs no sorting.
                String hit = all ? "" : " AND %s IN (SELECT id FROM temp.facet_hits)";
                talks = "talk t INDEXED BY %s WHERE 1" + hit.formatted("t.id");
                closure = "talk_topic_closure c WHERE 1" + hit.formatted("c.talk_id");
                speakers = "talk_speaker ts INDEXED BY talk_speaker_by_speaker WHERE 1" + hit.formatted("ts.talk_id");
                events = talks.formatted("talk_by_event");
            } else {
                // Few hits: walk the hits and look each one up.
                talks = "temp.facet_hits h CROSS JOIN talk t INDEXED BY talk_facts ON t.id = h.id WHERE 1";
                closure = "temp.facet_hits h CROSS JOIN talk_topic_closure c ON c.talk_id = h.id WHERE 1";
                speakers = "temp.facet_hits h CROSS JOIN talk_speaker ts ON ts.talk_id = h.id WHERE 1";
                events = talks;
            }
            String years = talks.formatted("talk_by_year");
            String statuses = talks.formatted("talk_by_status");
            Map<String, Long> topicCounts = new LinkedHashMap<>();
            for (FacetCount fc : counts(c, """
                    SELECT tp.path, x.n FROM (SELECT c.topic_id, count(*) AS n FROM %s GROUP BY c.topic_id) x
                      JOIN topic tp ON tp.id = x.topic_id""".formatted(closure))) {
                topicCounts.put(fc.value(), fc.count());
            }
            List<FacetCount> speakerCounts = counts(c, """
                    SELECT s.name, x.n FROM (SELECT ts.speaker_id, count(*) AS n FROM %s GROUP BY ts.speaker_id
                                              ORDER BY n DESC LIMIT %d) x
                      JOIN speaker s ON s.id = x.speaker_id""".formatted(speakers, TOP * 2));
            List<FacetCount> eventCounts = counts(c, """
                    SELECT e.name, x.n FROM (SELECT t.event_id, count(*) AS n FROM %s AND t.event_id IS NOT NULL
                                              GROUP BY t.event_id ORDER BY n DESC LIMIT %d) x
                      JOIN event e ON e.id = x.event_id""".formatted(events, TOP * 2));
            List<FacetCount> yearCounts = counts(c,
                    "SELECT t.year, count(*) FROM %s AND t.year IS NOT NULL GROUP BY t.year".formatted(years));
            List<FacetCount> statusCounts = counts(c, "SELECT t.status, count(*) FROM %s GROUP BY t.status".formatted(statuses));
            return new Facets(total, tree(topicCounts), top(speakerCounts), top(eventCounts), sorted(yearCounts),
                    sorted(statusCounts));
        });
    }

    /** The ids the filter selects, into temp.facet_hits (emptied first). */
    private static long collect(Connection c, TalkFilter filter) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS facet_hits (id INTEGER PRIMARY KEY)");
            s.execute("DELETE FROM temp.facet_hits");
        }
        java.util.Optional<String> words = filter.leadingFullText();
        if (words.isPresent()) {
            // Walk the word matches; check the rest of the filter on the narrow index.
            TalkFilter rest = filter.afterFullText(words.get()).orElseThrow();
            if (rest == TalkFilter.ALL) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO temp.facet_hits(id) SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?")) {
                    ps.setString(1, words.get());
                    return ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO temp.facet_hits(id)
                    SELECT talk_fts.rowid FROM talk_fts CROSS JOIN talk t INDEXED BY talk_facts ON t.id = talk_fts.rowid
                     WHERE talk_fts MATCH ? AND (%s)""".formatted(rest.sql()))) {
                Sql.bind(ps, TalkSearch.concat(List.of(words.get()), rest.params()));
                return ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.facet_hits(id) SELECT t.id FROM talk t INDEXED BY "
                + TalkSearch.narrowIndexFor(filter) + " WHERE " + filter.sql())) {
            Sql.bind(ps, filter.params());
            return ps.executeUpdate();
        }
    }

    private static List<FacetCount> counts(Connection c, String sql) throws SQLException {
        List<FacetCount> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                list.add(new FacetCount(rs.getString(1), rs.getLong(2)));
            }
        }
        return list;
    }

    /** Ties at the cut are broken by name, so the list is cut after sorting, not in SQL alone. */
    private static List<FacetCount> top(List<FacetCount> counts) {
        List<FacetCount> s = sorted(counts);
        return s.size() > TOP ? s.subList(0, TOP) : s;
    }

    private static List<FacetCount> sorted(List<FacetCount> counts) {
        List<FacetCount> s = new ArrayList<>(counts);
        s.sort(BY_COUNT);
        return s;
    }

    /** Builds the tree from per-topic counts; the closure table already counted each talk once per ancestor. */
    static List<TopicNode> tree(Map<String, Long> counts) {
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        for (String path : counts.keySet()) {
            TopicPath.parent(path).filter(counts::containsKey).ifPresentOrElse(
                    parent -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(path), () -> roots.add(path));
        }
        return nodes(roots, counts, children);
    }

    private static List<TopicNode> nodes(List<String> paths, Map<String, Long> counts, Map<String, List<String>> children) {
        List<TopicNode> nodes = new ArrayList<>();
        for (String p : paths) {
            nodes.add(new TopicNode(p, counts.get(p), nodes(children.getOrDefault(p, List.of()), counts, children)));
        }
        nodes.sort(Comparator.comparingLong(TopicNode::count).reversed().thenComparing(TopicNode::path));
        return nodes;
    }
}
