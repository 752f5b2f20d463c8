package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan driven from a part's own index (decision 0058: {@code tag:python rating:>=4 has:media} read from the rated
 * talks' range, the rest checked talk by talk; {@code has:notes} from the notes) finds the same talks in the same order, with the same totals and counts,
 * as the plans it replaces: in every order the parts are typed, negated, under "or", beside words, in every sort and page.
 * So does the intersection of the parts' own index ranges (decision 0062: {@code year:2019 status:unwatched} as the
 * year's talks less those of the other statuses).
 */
class DrivenByOwnIndexPlansTest {
    private static final String[] WORDS = {"python", "rust", "data", "web"};
    private static final List<String> TOPICS = List.of("python", "python/web", "rust");
    /** Shapes the plan drives (a rating, a year, a status or a duration beside a topic or columns). */
    private static final List<String> DRIVEN = List.of(
            "tag:python rating:>=4 has:media", "tag:python has:media rating:>=4", "rating:>=4 tag:python has:media",
            "rating:>=4 has:media tag:python", "has:media tag:python rating:>=4", "has:media rating:>=4 tag:python",
            "tag:=python/web rating:5 has:file", "rating:>=4 has:media", "rating:2..3 tag:rust",
            "status:watched rating:>=4 tag:python", "rating:>=3 year:2019..2021 tag:web", "duration:<15m rating:2..4 has:media",
            "tag:python tag:rust rating:<=2", "rating:>=4 status:in-progress", "has:notes", "has:notes tag:python",
            "rating:>=4 has:notes", "has:notes has:media status:watched");
    /**
     * Shapes read as the intersection of their parts' own index ranges (decision 0062): a year and a status (the other
     * statuses read and removed) in every order, negated, ranges, a list, three parts.
     */
    private static final List<String> INTERSECTED = List.of(
            "year:2019 status:unwatched", "status:unwatched year:2019", "-year:2019 status:watched",
            "status:watched year:2019", "year:2018..2020 status:unwatched", "year:2019 -status:unwatched",
            "-status:unwatched year:2019", "year:2019 has:notes", "has:notes status:unwatched", "rating:>=4 status:unwatched",
            "year:2019 status:unwatched duration:<30m", "duration:<30m year:2019 status:unwatched",
            "status:unwatched duration:<30m year:2019", "year:2019 year:2020 status:unwatched", "year:2019 status:skipped");
    /**
     * A topic beside parts with an index of their own (decision 0063): the talks the other reads leave sought in the
     * topic's index, or its entries read whole; beside parts read as the talks they leave out only the latter.
     */
    private static final List<String> TOPIC_PROBED = List.of(
            "tag:python year:2019", "year:2019 tag:python", "tag:python year:2018..2020", "tag:python duration:<20m",
            "tag:python/web status:unwatched year:2019", "tag:rust year:2019 status:unwatched", "tag:python rating:>=4",
            "tag:=python/web year:2020", "tag:python tag:rust year:2019", "tag:python has:notes", "has:notes tag:rust",
            "tag:python status:watched", "tag:python year:2019 -status:unwatched", "tag:python rating:2..3 duration:>30m");
    private static final List<String> TOPIC_WHOLE_ONLY = List.of(
            "tag:python -year:2019", "tag:python status:unwatched", "tag:rust -status:watched", "tag:python tag:rust",
            "-year:2020 tag:=python/web -status:unwatched");

    /** Shapes beside them the plan must leave alone or hand on whole: negated parts, "or", words. */
    private static final List<String> AROUND = List.of(
            "-tag:python rating:>=4 has:media", "tag:python -rating:>=4 has:media", "tag:python rating:>=4 -has:media",
            "not (tag:python rating:>=4 has:media)", "tag:python (rating:>=4 or rating:1) has:media",
            "(tag:python rating:>=4) or has:file", "tag:python rating:>=4 has:media or tag:rust",
            "python rating:>=4 has:media", "tag:python rating:>=4 has:media -rust", "tag:python rating:>=4 has:media or python",
            "rating:>=4", "tag:python", "has:media", "-has:notes", "has:notes or rating:5", "has:notes python",
            "not (year:2019 status:unwatched)", "year:2019 status:unwatched or tag:rust", "(year:2019 or year:2021) status:unwatched",
            "year:2019 (status:unwatched or status:skipped)", "python year:2019 status:unwatched",
            "year:2019 status:unwatched -python", "year:2019 status:unwatched or python", "tag:python year:2019 status:unwatched",
            "year:2019 status:unwatched has:media", "status:unwatched", "status:unwatched -year:2019");

    private static RandomLibrary lib;
    private static QueryCompiler compiler;

    @BeforeAll
    static void open() throws IOException {
        lib = RandomLibrary.of("talkshelf-driven", 58, 400, DrivenByOwnIndexPlansTest::talk);
        // Notes on a fifth of the talks, two on some: a list whose entries name a talk more than once.
        NoteStore notes = new NoteStore(lib.db, lib.clock);
        Random rnd = new Random(58);
        for (int id = 1; id <= 400; id++) {
            for (int n = rnd.nextInt(10) - 7; n > 0; n--) {
                notes.add(TalkId.of(id), Duration.ofSeconds(n), "note " + n);
            }
        }
        compiler = new QueryCompiler(lib.clock, name -> Optional.empty());
    }

    /** Half the talks unrated; links, files and no media; topics in a tree; some added at the same moment (ties by id). */
    private static Talk talk(Random rnd, int i) {
        List<String> tags = new ArrayList<>();
        for (String topic : TOPICS) {
            if (rnd.nextInt(3) == 0) {
                tags.add(topic);
            }
        }
        int media = rnd.nextInt(5);
        return RandomLibrary.withRandomColumns(rnd, Talk.titled(WORDS[rnd.nextInt(WORDS.length)] + " talk " + rnd.nextInt(50))
                .withMedia(media == 0 ? null : media == 1 ? "/talks/" + i + ".mp4" : "https://example.org/" + i)
                .withTags(tags), 2, 40);
    }

    @AfterAll
    static void close() throws IOException {
        lib.close();
    }

    /** One of the plans from a filter's own indexes, as the tests call it, at a share. */
    private interface OwnIndexPlan {
        Optional<BitSet> ids(java.sql.Connection c, TalkFilter filter, double share) throws java.sql.SQLException;
    }

    @Test
    void eachOwnIndexPlanTakesItsShapesAndFindsWhatTheTalkRowsGiveInIdOrder() {
        List<String> topics = new ArrayList<>(TOPIC_PROBED);
        topics.addAll(TOPIC_WHOLE_ONLY);
        List<String> intersected = new ArrayList<>(INTERSECTED);
        intersected.addAll(topics);
        Map<String, Map.Entry<OwnIndexPlan, List<String>>> plans = new LinkedHashMap<>();
        plans.put("driven", Map.entry(TalkSearch::drivenByOwnIndex, DRIVEN));
        plans.put("intersected", Map.entry(TalkSearch::intersectedOwnIndexes, intersected));
        plans.put("topics probed", Map.entry((c, f, share) ->
                TalkSearch.intersectedOwnIndexes(c, f, share, TalkSearch.TopicRead.PROBED), TOPIC_PROBED));
        plans.put("topics read whole", Map.entry((c, f, share) ->
                TalkSearch.intersectedOwnIndexes(c, f, share, TalkSearch.TopicRead.WHOLE), topics));
        for (Map.Entry<String, Map.Entry<OwnIndexPlan, List<String>>> plan : plans.entrySet()) {
            OwnIndexPlan ids = plan.getValue().getKey();
            // The driven plan's share is of the library (1: every part may drive); the intersection's of the scan's cost.
            double share = plan.getKey().equals("driven") ? 1 : 100;
            for (String text : plan.getValue().getValue()) {
                TalkFilter filter = compiler.compile(text).filter();
                String what = plan.getKey() + ": " + text;
                Optional<BitSet> found = lib.db.read(c -> ids.ids(c, filter, share));
                assertTrue(found.isPresent(), what);
                List<Long> expected = FilterRows.unindexedIds(lib.db, filter, "t.id");
                assertTrue(!topics.contains(text) || !expected.isEmpty(), "a topic's shape that finds something: " + what);
                assertEquals(expected, found.get().stream().mapToObj(id -> (long) id).toList(), what);
                assertTrue(lib.db.read(c -> ids.ids(c, filter, 0)).isEmpty(), "never at share 0: " + what);
            }
        }
    }

    @Test
    void partsWithoutAnIndexOfTheirOwnOrBeyondTheShareAreNotIntersected() {
        // Not a column with no index of its own, beside a topic or not; nor a filter whose every part would be read as the
        // talks it leaves out.
        for (String text : List.of("has:media year:2019", "tag:python has:media", "status:unwatched -year:2019",
                "-tag:python year:2019")) {
            TalkFilter filter = compiler.compile(text).filter();
            assertTrue(lib.db.read(c -> TalkSearch.intersectedOwnIndexes(c, filter, 100)).isEmpty(), text);
        }
        // A topic is sought only for the talks a part read as itself leaves.
        for (String text : TOPIC_WHOLE_ONLY) {
            TalkFilter filter = compiler.compile(text).filter();
            assertTrue(lib.db.read(c -> TalkSearch.intersectedOwnIndexes(c, filter, 100, TalkSearch.TopicRead.PROBED))
                    .isEmpty(), text);
        }
        // The other statuses are three quarters of this library: reading them costs more than the scan.
        TalkFilter filter = compiler.compile("year:2019 status:unwatched").filter();
        assertTrue(lib.db.read(c -> TalkSearch.intersectedOwnIndexes(c, filter, TalkSearch.INTERSECTED_SHARE)).isEmpty());
    }

    @Test
    void anIndexRangeBeyondTheShareDrivesNothing() {
        // rating:>=1 is every rated talk, about half of the library here: beyond a tenth.
        TalkFilter filter = compiler.compile("rating:>=1 tag:python").filter();
        assertTrue(lib.db.read(c -> TalkSearch.drivenByOwnIndex(c, filter, 0.1)).isEmpty());
        assertTrue(lib.db.read(c -> TalkSearch.drivenByOwnIndex(c, filter, 0.9)).isPresent());
    }

    @Test
    void everyPageAndTotalIsTheOtherPlansOnes() {
        List<TalkSearch> others = List.of(
                new TalkSearch(lib.db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true)
                        .withDrivenShare(0).withIntersectedShare(0),
                new TalkSearch(lib.db, 1_000, 0, 0, true).withDrivenShare(0).withIntersectedShare(0),
                new TalkSearch(lib.db, 1_000, 0, 0, false).withDrivenShare(0).withIntersectedShare(0));
        List<TalkSearch> driven = List.of(
                new TalkSearch(lib.db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true).withDrivenShare(1),
                new TalkSearch(lib.db, 1_000, 0, 0, true).withDrivenShare(1),
                new TalkSearch(lib.db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true)
                        .withDrivenShare(1).withIdListMax(0),
                // Never driven (no part is none of 400 talks), intersected whenever every part has an index of its own.
                new TalkSearch(lib.db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true)
                        .withDrivenShare(0.001).withIntersectedShare(100),
                new TalkSearch(lib.db, 1_000, 0, 0, true).withDrivenShare(0.001).withIntersectedShare(100),
                new TalkSearch(lib.db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true)
                        .withDrivenShare(0.001).withIntersectedShare(100).withIdListMax(0));
        List<String> all = new ArrayList<>(DRIVEN);
        all.addAll(INTERSECTED);
        all.addAll(TOPIC_PROBED);
        all.addAll(TOPIC_WHOLE_ONLY);
        all.addAll(AROUND);
        for (String text : all) {
            CompiledQuery q = compiler.compile(text);
            TalkFilter filter = q.filter();
            Set<TalkId> expected = unindexed(filter);
            for (SortKey sort : SortKey.values()) {
                if (sort == SortKey.PLAYLIST) {
                    continue;
                }
                for (boolean reversed : List.of(false, true)) {
                    for (int[] window : List.of(new int[] {0, 1_000}, new int[] {0, 10}, new int[] {7, 10})) {
                        SearchRequest request = new SearchRequest(filter, q.rankMatch(), sort, reversed, null, window[0], window[1]);
                        SearchResult reference = others.get(0).page(request);
                        String what = text + " " + sort + (reversed ? " reversed " : " ") + window[0] + "+" + window[1];
                        assertEquals(expected.size(), reference.total(), "total: " + what);
                        if (window[1] == 1_000 && window[0] == 0) {
                            assertEquals(expected, new HashSet<>(reference.ids()), what);
                        }
                        if (sort != SortKey.RELEVANCE || q.rankMatch() == null) {
                            // In SQLite's own order over the talk rows, with no index: the same page of talks.
                            List<Long> inOrder = FilterRows.unindexedIds(lib.db, filter, order(sort, reversed));
                            List<Long> page = inOrder.subList(Math.min(inOrder.size(), window[0]),
                                    Math.min(inOrder.size(), window[0] + window[1]));
                            assertEquals(page, reference.ids().stream().map(TalkId::value).toList(), "SQLite's order: " + what);
                        }
                        for (TalkSearch plan : others.subList(1, others.size())) {
                            assertEquals(reference, plan.page(request), "other plan: " + what);
                        }
                        for (TalkSearch plan : driven) {
                            assertEquals(reference, plan.page(request), "driven: " + what);
                        }
                    }
                }
            }
            for (TalkSearch plan : driven) {
                assertEquals(expected.size(), plan.count(filter), "count: " + text);
            }
            for (double[] shares : List.of(new double[] {0, 0}, new double[] {1, 100}, new double[] {0.001, 100})) {
                BitSet ids = lib.db.read(c -> TalkSearch.idSet(c, filter, TalkSearch.CHECKED_BESIDE_BROAD_FILTER_MAX,
                        shares[0], shares[1]));
                assertEquals(expected, ids(ids), "id set at shares " + Arrays.toString(shares) + ": " + text);
            }
        }
    }

    /** The order the window lists talks in for a sort (not ranked by words), as SQL over {@code talk t}. */
    private static String order(SortKey sort, boolean reversed) {
        String desc = reversed ? "ASC" : "DESC";
        String asc = reversed ? "DESC" : "ASC";
        return switch (sort) {
            case RELEVANCE, ADDED -> "t.added " + desc + ", t.id " + desc;
            case TITLE -> "t.sort_title " + asc + ", t.id";
            case YEAR -> "t.year " + desc + " NULLS LAST, t.sort_title, t.id";
            case DURATION -> "t.duration_ms " + asc + " NULLS LAST, t.id";
            case LAST_WATCHED -> "t.last_played " + desc + " NULLS LAST, t.id";
            case PLAYLIST -> throw new IllegalArgumentException("no playlist here");
        };
    }

    private static Set<TalkId> ids(BitSet set) {
        return set.stream().mapToObj(TalkId::of).collect(Collectors.toSet());
    }

    private static Set<TalkId> unindexed(TalkFilter filter) {
        return lib.unindexed(filter);
    }
}
