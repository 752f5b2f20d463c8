package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every plan that may name the rated talks' partial index ({@code talk_rated}, decision 0049) finds what SQLite finds
 * over the talk rows with no index: a rating alone, beside a part that finds nothing, in an "or", under a "not", beside
 * other columns, topics and words; in a search, a count, an id set, a smart playlist and a playlist's progress. The plans
 * state the index's own condition themselves (decision 0057), so the index stays readable however the rest is written;
 * also when the rated talks' range drives a filter and the rest is checked talk by talk (decision 0058).
 */
class RatedIndexPlansTest {
    private static final String[] WORDS = {"python", "rust", "data", "web"};
    /** Each shape a rating takes in a query; "-- --" is a phrase of no words, so {@code not "-- --"} finds nothing. */
    private static final List<String> QUERIES = List.of(
            "rating:>=4", "rating:5", "rating:2..3", "rating:<3", "rating:<=2", "rating:>1", "rating:5..2", "rating:..3",
            "rating:>=4 not \"-- --\"", "not \"-- --\" rating:1..5", "rating:>=4 or not \"-- --\"",
            "rating:>=4 (not \"-- --\" or rating:1)", "(rating:>=4 or not \"-- --\") status:unwatched",
            "-rating:>=4", "not rating:5", "not (rating:>=4 or status:watched)", "-rating:2..4 status:skipped",
            "rating:>=4 or status:watched", "(rating:5 or rating:1)", "(rating:>=4 or duration:<15m)",
            "rating:>=4 status:unwatched", "rating:>=3 duration:<15m", "rating:>=4 year:2019", "rating:>=2 -status:watched",
            "rating:>=3 tag:python", "rating:>=3 python", "rating:>=4 -python", "-tag:web rating:<=2", "has:rating",
            "-has:rating", "has:rating rating:>=4", "playlist:\"Best rated\"", "playlist:\"Best rated\" status:unwatched",
            "playlist:\"Nothing rated\"", "playlist:\"Best rated\" or playlist:\"Short\"",
            "rating:>=2 status:unwatched year:2019", "-rating:>=4 status:watched", "rating:<=3 -status:unwatched duration:<30m");

    private static RandomLibrary lib;
    private static PlaylistStore playlists;
    private static QueryCompiler compiler;
    private static List<TalkSearch> plans;

    @BeforeAll
    static void open() throws IOException {
        lib = RandomLibrary.of("talkshelf-rated", 49, 300, RatedIndexPlansTest::talk);
        playlists = new PlaylistStore(lib.db, lib.clock);
        playlists.create("Best rated", "rating:>=4");
        playlists.create("Nothing rated", "not \"-- --\" rating:1..5");
        playlists.create("Short", "duration:<15m rating:>=2");
        compiler = new QueryCompiler(lib.clock, name -> playlists.all().stream()
                .filter(p -> p.name().equalsIgnoreCase(name)).findFirst());
        plans = List.of(
                new TalkSearch(lib.db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true),
                new TalkSearch(lib.db, 1_000, Integer.MAX_VALUE, Integer.MAX_VALUE, true),
                new TalkSearch(lib.db, 1_000, 0, 0, true),
                new TalkSearch(lib.db, 1_000, 0, 0, false),
                new TalkSearch(lib.db, 1_000, 0, 0, true).withIdListMax(0),
                new TalkSearch(lib.db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true).withDrivenShare(1),
                new TalkSearch(lib.db, 1_000, 0, 0, true).withDrivenShare(0.001).withIntersectedShare(100));
    }

    /** A third of the talks unrated; every status, in-progress ones with a position; a topic and words on some. */
    private static Talk talk(Random rnd, int i) {
        return RandomLibrary.withRandomColumns(rnd, Talk.titled(WORDS[rnd.nextInt(WORDS.length)] + " talk " + i)
                .withTags(rnd.nextBoolean() ? List.of(rnd.nextBoolean() ? "python" : "web") : List.of()), 3, 400);
    }

    @AfterAll
    static void close() throws IOException {
        lib.close();
    }

    @Test
    void everyPlanOfARatingFindsWhatTheTalkRowsGive() {
        for (String text : QUERIES) {
            CompiledQuery q = compiler.compile(text);
            TalkFilter filter = q.filter();
            Set<TalkId> expected = lib.unindexed(filter);
            for (TalkSearch plan : plans) {
                for (SortKey sort : List.of(SortKey.ADDED, SortKey.TITLE, SortKey.DURATION)) {
                    SearchResult all = plan.page(new SearchRequest(filter, q.rankMatch(), sort, false, null, 0, 1_000));
                    assertEquals(expected, new HashSet<>(all.ids()), text + " " + sort);
                    assertEquals(expected.size(), all.total(), "total: " + text + " " + sort);
                }
                assertEquals(expected.size(), plan.count(filter), "count: " + text);
            }
            for (int checkedMax : List.of(0, Integer.MAX_VALUE)) {
                for (double[] shares : List.of(new double[] {0, 0}, new double[] {1, 100}, new double[] {0.001, 100})) {
                    BitSet ids = lib.db.read(c -> TalkSearch.idSet(c, filter, checkedMax, shares[0], shares[1]));
                    assertEquals(expected, ids.stream().mapToObj(TalkId::of).collect(Collectors.toSet()), "id set: " + text);
                }
            }
            filter.withoutWords().complement().ifPresent(complement -> {
                Set<TalkId> leftOut = lib.unindexed(TalkFilter.ALL);
                leftOut.removeAll(lib.unindexed(filter.withoutWords()));
                BitSet ids = lib.db.read(c -> TalkSearch.idSet(c, complement));
                assertEquals(leftOut, ids.stream().mapToObj(TalkId::of).collect(Collectors.toSet()), "complement: " + text);
            });
            assertEquals(lib.referenceProgress(filter), playlists.progress(filter), "progress: " + text);
        }
    }

    @Test
    void smartPlaylistsOfRatingsCountedTogetherGetTheirOwnProgress() {
        // As the sidebar lists them: the filters of narrow columns counted in one call, each the progress of its talks.
        List<TalkFilter> filters = new ArrayList<>();
        for (String text : QUERIES) {
            TalkFilter filter = compiler.compile(text).filter();
            if (!filter.isAll() && filter.reads() == TalkFilter.Reads.NARROW_COLUMNS) {
                filters.add(filter);
            }
        }
        assertTrue(filters.size() > 20, "most shapes read only columns");
        List<PlaylistProgress> together = playlists.progressOfColumnFilters(filters);
        for (int i = 0; i < filters.size(); i++) {
            assertEquals(lib.referenceProgress(filters.get(i)), together.get(i), filters.get(i).sql());
        }
        for (Playlist p : playlists.all()) {
            TalkFilter filter = compiler.compile(p.query()).filter();
            assertEquals(lib.referenceProgress(filter), playlists.progress(filter), p.name());
        }
    }

    @Test
    void theRatedTalksIndexIsReadWhenItsConditionIsNotInTheRest() {
        // A rest that does not show SQLite that the talk is rated: named alone in INDEXED BY, the index could not be read.
        String rest = "coalesce(t.rating >= ?, 0)";
        CatalogException alone = assertThrows(CatalogException.class, () -> lib.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM talk t INDEXED BY talk_rated WHERE " + rest)) {
                return ps.executeQuery().next();
            }
        }));
        assertTrue(alone.getCause().getMessage().contains("no query solution"), alone.getCause().getMessage());
        long counted = lib.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + Schema.talkIndexedBy(Schema.RATED, rest))) {
                ps.setInt(1, 4);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
        assertEquals(lib.unindexed(compiler.compile("rating:>=4").filter()).size(), counted);
    }

    @Test
    void aRatingAloneIsStillARangeOfTheRatedTalksIndex() {
        String plan = lib.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN SELECT count(*) FROM "
                    + Schema.talkIndexedBy(Schema.RATED, "t.rating >= ?"))) {
                ps.setInt(1, 4);
                StringBuilder all = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.append(rs.getString(4)).append('\n');
                    }
                }
                return all.toString();
            }
        });
        assertTrue(plan.contains("SEARCH t USING COVERING INDEX talk_rated (rating>?)"), plan);
    }
}
