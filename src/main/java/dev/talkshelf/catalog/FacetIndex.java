package dev.talkshelf.catalog;

import dev.talkshelf.model.FacetCount;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * For each facet value (topic, speaker, event, year, status), the ids of its talks, read from the facet
 * indexes once per library version. Counting a facet within a query is then one bit test per posting
 * (about 730,000 at 100,000 talks, a millisecond or two) instead of one SQLite index probe per posting
 * (~100 ms). Only ids and names are held: a few megabytes at 100,000 talks, not the talks themselves.
 */
final class FacetIndex {
    /** One facet value and its talks. */
    record Postings(String value, int[] talkIds) {
    }

    // Each row: a value and its talk ids as one comma-separated string, so a few hundred JDBC rows carry
    // every posting instead of 730,000 rows. Each walks an index in value order: no sorting.
    private static final String TOPICS = """
            SELECT tp.path, x.ids FROM (SELECT c.topic_id, group_concat(c.talk_id) AS ids FROM talk_topic_closure c
                                         GROUP BY c.topic_id) x
              JOIN topic tp ON tp.id = x.topic_id""";
    private static final String SPEAKERS = """
            SELECT s.name, x.ids FROM (SELECT ts.speaker_id, group_concat(ts.talk_id) AS ids
                                         FROM talk_speaker ts INDEXED BY talk_speaker_by_speaker GROUP BY ts.speaker_id) x
              JOIN speaker s ON s.id = x.speaker_id""";
    private static final String EVENTS = """
            SELECT e.name, x.ids FROM (SELECT t.event_id, group_concat(t.id) AS ids FROM talk t INDEXED BY talk_by_event
                                        WHERE t.event_id IS NOT NULL GROUP BY t.event_id) x
              JOIN event e ON e.id = x.event_id""";
    private static final String YEARS = """
            SELECT t.year, group_concat(t.id) FROM talk t INDEXED BY talk_by_year WHERE t.year IS NOT NULL GROUP BY t.year""";
    private static final String STATUSES = """
            SELECT t.status, group_concat(t.id) FROM talk t INDEXED BY talk_by_status GROUP BY t.status""";

    /** Each facet's values with their counts, in no particular order (values with no talk are left out). */
    record Counts(long total, List<FacetCount> topics, List<FacetCount> speakers, List<FacetCount> events,
                  List<FacetCount> years, List<FacetCount> statuses) {
    }

    // The whole library's counts, value by value, without the postings: each walks the same index as above.
    private static final String TOPIC_COUNTS = """
            SELECT tp.path, x.n FROM (SELECT c.topic_id, count(*) AS n FROM talk_topic_closure c GROUP BY c.topic_id) x
              JOIN topic tp ON tp.id = x.topic_id""";
    private static final String SPEAKER_COUNTS = """
            SELECT s.name, x.n FROM (SELECT ts.speaker_id, count(*) AS n
                                       FROM talk_speaker ts INDEXED BY talk_speaker_by_speaker GROUP BY ts.speaker_id) x
              JOIN speaker s ON s.id = x.speaker_id""";
    private static final String EVENT_COUNTS = """
            SELECT e.name, x.n FROM (SELECT t.event_id, count(*) AS n FROM talk t INDEXED BY talk_by_event
                                      WHERE t.event_id IS NOT NULL GROUP BY t.event_id) x
              JOIN event e ON e.id = x.event_id""";
    private static final String YEAR_COUNTS = """
            SELECT t.year, count(*) FROM talk t INDEXED BY talk_by_year WHERE t.year IS NOT NULL GROUP BY t.year""";
    private static final String STATUS_COUNTS = """
            SELECT t.status, count(*) FROM talk t INDEXED BY talk_by_status GROUP BY t.status""";

    final long libraryTotal;
    final List<Postings> topics;
    final List<Postings> speakers;
    final List<Postings> events;
    final List<Postings> years;
    final List<Postings> statuses;

    private FacetIndex(long libraryTotal, List<Postings> topics, List<Postings> speakers, List<Postings> events,
                       List<Postings> years, List<Postings> statuses) {
        this.libraryTotal = libraryTotal;
        this.topics = topics;
        this.speakers = speakers;
        this.events = events;
        this.years = years;
        this.statuses = statuses;
    }

    static FacetIndex load(Connection c) throws SQLException {
        return new FacetIndex(libraryTotal(c), postings(c, TOPICS), postings(c, SPEAKERS), postings(c, EVENTS), postings(c, YEARS),
                postings(c, STATUSES));
    }

    /** The whole library's counts, counted by SQLite. */
    static Counts wholeLibraryCounts(Connection c) throws SQLException {
        return new Counts(libraryTotal(c), counts(c, TOPIC_COUNTS), counts(c, SPEAKER_COUNTS), counts(c, EVENT_COUNTS),
                counts(c, YEAR_COUNTS), counts(c, STATUS_COUNTS));
    }

    private static long libraryTotal(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM talk")) {
            return rs.next() ? rs.getLong(1) : 0;
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

    /** Per value, how many of the hits (all talks when null) have it; values without a hit are left out. */
    static List<FacetCount> count(List<Postings> facet, BitSet hits) {
        List<FacetCount> counts = new ArrayList<>();
        for (Postings p : facet) {
            long n = hits == null ? p.talkIds().length : count(p.talkIds(), hits);
            if (n > 0) {
                counts.add(new FacetCount(p.value(), n));
            }
        }
        return counts;
    }

    /**
     * The {@code limit} most frequent values, most frequent first, ties by value. Selected with a small heap: a library
     * has tens of thousands of speakers, and sorting them all would cost more than counting.
     */
    static List<FacetCount> top(List<FacetCount> counts, int limit, Comparator<FacetCount> order) {
        if (counts.size() <= limit) {
            // All of them (the kept counts are cut already): sorted, without the heap.
            List<FacetCount> sorted = new ArrayList<>(counts);
            sorted.sort(order);
            return sorted;
        }
        PriorityQueue<FacetCount> best = new PriorityQueue<>(limit + 1, order.reversed());
        for (FacetCount fc : counts) {
            if (best.size() == limit && fc.count() < best.peek().count()) {
                continue;
            }
            best.add(fc);
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<FacetCount> sorted = new ArrayList<>(best);
        sorted.sort(order);
        return sorted;
    }

    private static long count(int[] ids, BitSet hits) {
        long n = 0;
        for (int id : ids) {
            if (hits.get(id)) {
                n++;
            }
        }
        return n;
    }

    private static List<Postings> postings(Connection c, String sql) throws SQLException {
        List<Postings> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                list.add(new Postings(rs.getString(1), IdText.array(rs.getBytes(2))));
            }
        }
        return list;
    }
}
