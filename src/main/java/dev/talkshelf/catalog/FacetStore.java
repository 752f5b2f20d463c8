package dev.talkshelf.catalog;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.model.TopicPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts for browsing: topics (as a tree), speakers, events, years and watch statuses, over the whole
 * library or over the talks a filter selects. The filter's ids are gathered in one statement and counted
 * against each facet value's talk ids ({@link FacetIndex}), which are kept until the library changes.
 */
public final class FacetStore {
    /** Speakers and events are cut to the most frequent this many; a library has thousands. */
    public static final int TOP = 200;

    // Classes, not lambdas: the whole library's first facets (the sidebar at launch) run before the JIT has compiled
    // anything, and linking each lambda there cost about as much as the rest of the work (decision 0047).
    private static final Comparator<FacetCount> BY_COUNT = new ByCount();
    private static final Comparator<TopicNode> NODE_ORDER = new NodeOrder();

    private final Database db;
    private final Duration timeLimit;
    private FacetIndex index;
    private Database.LibraryVersion indexVersion;
    private Facets wholeLibrary;
    private Database.LibraryVersion wholeLibraryVersion;
    private boolean snapshotKept;

    public FacetStore(Database db) {
        this(db, SearchTimeLimit.DEFAULT);
    }

    /** With another time limit for gathering a query's talks (the index of facet values is not limited). */
    public FacetStore(Database db, Duration timeLimit) {
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
        if (filter.isAll()) {
            return wholeLibrary();
        }
        return db.read(c -> {
            FacetIndex index = index(c);
            return count(index, SearchTimeLimit.within(c, timeLimit, within -> TalkSearch.idSet(within, filter)));
        });
    }

    /**
     * The whole library's facets, kept until the library changes: from the postings when they are loaded, else from
     * the counts kept in the file ({@link FacetSnapshot}), else counted by SQLite value by value and then kept in
     * the file. Reading every posting list to count them all cost ten times as much at 100,000 talks, and the
     * postings are only needed once a query narrows the library.
     */
    private Facets wholeLibrary() {
        long[] countedAt = {-1};
        FacetIndex.Counts[] counted = {null};
        Facets facets = db.read(c -> {
            Database.LibraryVersion now = db.version(c);
            if (wholeLibrary == null || !now.equals(wholeLibraryVersion)) {
                if (index != null && now.equals(indexVersion)) {
                    wholeLibrary = count(index, null);
                } else {
                    Optional<FacetIndex.Counts> kept = FacetSnapshot.read(c);
                    if (kept.isPresent()) {
                        wholeLibrary = facets(kept.get());
                    } else {
                        long writes = FacetSnapshot.writes(c);
                        counted[0] = keptForm(FacetIndex.wholeLibraryCounts(c));
                        countedAt[0] = writes;
                        wholeLibrary = facets(counted[0]);
                    }
                }
                wholeLibraryVersion = now;
            }
            return wholeLibrary;
        });
        // Kept once per process, at the first count (a window's start, a command): counting again after every write
        // of an import would add a write of its own to each and make the import's transactions shorter. Never inside
        // a write: what that write does later would not retire the snapshot.
        if (counted[0] != null && !snapshotKept && !db.writing()) {
            snapshotKept = true;
            try {
                FacetSnapshot.save(db, counted[0], countedAt[0]);
            } catch (CatalogException e) {
                // Read-only or busy: the counts are simply made again next time.
                System.getLogger(FacetStore.class.getName()).log(System.Logger.Level.DEBUG, "facet counts not kept", e);
            }
        }
        return facets;
    }

    /** The whole library's counts as they are kept in the file: speakers and events cut to the {@value #TOP} most frequent. */
    static FacetIndex.Counts keptForm(FacetIndex.Counts all) {
        return new FacetIndex.Counts(all.total(), all.topics(), FacetIndex.top(all.speakers(), TOP, BY_COUNT),
                FacetIndex.top(all.events(), TOP, BY_COUNT), all.years(), all.statuses());
    }

    private static Facets count(FacetIndex index, BitSet hits) {
        long total = hits == null ? index.libraryTotal : hits.cardinality();
        return facets(new FacetIndex.Counts(total, FacetIndex.count(index.topics, hits), FacetIndex.count(index.speakers, hits),
                FacetIndex.count(index.events, hits), FacetIndex.count(index.years, hits), FacetIndex.count(index.statuses, hits)));
    }

    private static Facets facets(FacetIndex.Counts counts) {
        Map<String, Long> topics = new LinkedHashMap<>();
        for (FacetCount fc : counts.topics()) {
            topics.put(fc.value(), fc.count());
        }
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
            String parent = TopicPath.parent(path).orElse(null);
            if (parent == null || !counts.containsKey(parent)) {
                roots.add(path);
                continue;
            }
            List<String> siblings = children.get(parent);
            if (siblings == null) {
                siblings = new ArrayList<>();
                children.put(parent, siblings);
            }
            siblings.add(path);
        }
        return nodes(roots, counts, children);
    }

    private static List<TopicNode> nodes(List<String> paths, Map<String, Long> counts, Map<String, List<String>> children) {
        List<TopicNode> nodes = new ArrayList<>();
        for (String p : paths) {
            nodes.add(new TopicNode(p, counts.get(p), nodes(children.getOrDefault(p, List.of()), counts, children)));
        }
        nodes.sort(NODE_ORDER);
        return nodes;
    }

    /** Most talks first, ties by value. */
    private static final class ByCount implements Comparator<FacetCount> {
        @Override
        public int compare(FacetCount a, FacetCount b) {
            int byCount = Long.compare(b.count(), a.count());
            return byCount != 0 ? byCount : a.value().compareTo(b.value());
        }
    }

    /** Most talks first, ties by path. */
    private static final class NodeOrder implements Comparator<TopicNode> {
        @Override
        public int compare(TopicNode a, TopicNode b) {
            int byCount = Long.compare(b.count(), a.count());
            return byCount != 0 ? byCount : a.path().compareTo(b.path());
        }
    }
}
