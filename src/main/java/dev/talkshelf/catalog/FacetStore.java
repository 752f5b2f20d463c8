package dev.talkshelf.catalog;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.model.TopicPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts for browsing: topics (as a tree), speakers, events, years and watch statuses, over the whole
 * library or over the talks a filter selects. The filter's ids are gathered in one statement and counted
 * against each facet value's talk ids ({@link FacetIndex}), which are kept until the library changes.
 */
public final class FacetStore {
    /** Speakers and events are cut to the most frequent this many; a library has thousands. */
    public static final int TOP = 200;

    private static final Comparator<FacetCount> BY_COUNT = Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::value);

    private final Database db;
    private final java.time.Duration timeLimit;
    private FacetIndex index;
    private Database.LibraryVersion indexVersion;
    private Facets wholeLibrary;
    private Database.LibraryVersion wholeLibraryVersion;

    public FacetStore(Database db) {
        this(db, SearchTimeLimit.DEFAULT);
    }

    /** With another time limit for gathering a query's talks (the index of facet values is not limited). */
    public FacetStore(Database db, java.time.Duration timeLimit) {
        this.db = db;
        this.timeLimit = timeLimit;
    }

    /**
     * Facets of the talks the filter selects ({@link TalkFilter#ALL} for the whole library). Speakers and events
     * are the {@value #TOP} most frequent only; topics, years and statuses are complete.
     *
     * @throws SearchTooSlowException when gathering the filter's talks runs past the time limit
     */
    public synchronized Facets facets(TalkFilter filter) {
        return db.read(c -> {
            if (filter.isAll()) {
                return wholeLibrary(c);
            }
            FacetIndex index = index(c);
            return count(index, SearchTimeLimit.within(c, timeLimit, within -> TalkSearch.idSet(within, filter)));
        });
    }

    /**
     * The whole library's facets, kept until the library changes. Counted by SQLite value by value when the postings
     * are not loaded (the window's first call, at start): reading every posting list to count them all cost ten
     * times as much at 100,000 talks, and the postings are only needed once a query narrows the library.
     */
    private Facets wholeLibrary(Connection c) throws SQLException {
        Database.LibraryVersion now = db.version(c);
        if (wholeLibrary == null || !now.equals(wholeLibraryVersion)) {
            wholeLibrary = index != null && now.equals(indexVersion) ? count(index, null) : facets(FacetIndex.wholeLibraryCounts(c));
            wholeLibraryVersion = now;
        }
        return wholeLibrary;
    }

    private static Facets count(FacetIndex index, BitSet hits) {
        long total = hits == null ? index.libraryTotal : hits.cardinality();
        return facets(new FacetIndex.Counts(total, FacetIndex.count(index.topics, hits), FacetIndex.count(index.speakers, hits),
                FacetIndex.count(index.events, hits), FacetIndex.count(index.years, hits), FacetIndex.count(index.statuses, hits)));
    }

    private static Facets facets(FacetIndex.Counts counts) {
        Map<String, Long> topics = new java.util.LinkedHashMap<>();
        counts.topics().forEach(fc -> topics.put(fc.value(), fc.count()));
        return new Facets(counts.total(), tree(topics), FacetIndex.top(counts.speakers(), TOP, BY_COUNT),
                FacetIndex.top(counts.events(), TOP, BY_COUNT), sorted(counts.years()), sorted(counts.statuses()));
    }

    /** The facet postings of the library as it is now: reloaded after any committed write. */
    private FacetIndex index(Connection c) throws SQLException {
        Database.LibraryVersion now = db.version(c);
        if (index == null || !now.equals(indexVersion)) {
            index = FacetIndex.load(c);
            indexVersion = now;
        }
        return index;
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
