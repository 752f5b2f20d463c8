package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.query.QueryCompiler;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The smart playlists whose filters read only the narrow columns, counted together in one scan (decision 0047), each
 * get the progress plain SQLite counts for that filter alone over the talk rows: in-progress talks with positions before,
 * past and without their length, talks without a length, every status.
 */
class ColumnFiltersProgressPropertiesTest {
    private static final String[] TERMS = {"status:watched", "status:unwatched", "status:in-progress", "status:skipped",
            "-status:watched", "duration:<30m", "duration:>=45m", "duration:10m..50m", "year:2019", "year:2017..2020",
            "year:>=2021", "rating:>=3", "rating:5", "has:media", "has:rating", "added:<60d", "-year:2018",
            "(status:skipped or rating:>=4)", "(duration:<10m or year:2016)"};

    private static RandomLibrary lib;
    private static PlaylistStore store;
    private static QueryCompiler compiler;

    @BeforeContainer
    static void open() throws IOException {
        lib = RandomLibrary.of("talkshelf-progress", 11, 120, ColumnFiltersProgressPropertiesTest::talk);
        store = new PlaylistStore(lib.db, lib.clock);
        compiler = new QueryCompiler(lib.clock, name -> Optional.empty());
    }

    /** In-progress talks with positions before, past and without their length; talks without a length; every status. */
    private static Talk talk(Random rnd, int i) {
        WatchStatus[] statuses = WatchStatus.values();
        WatchStatus status = statuses[rnd.nextInt(statuses.length)];
        Duration length = rnd.nextInt(6) == 0 ? null : Duration.ofSeconds(60 + rnd.nextInt(3_600));
        Duration position = status != WatchStatus.IN_PROGRESS || rnd.nextInt(5) == 0 ? null
                : Duration.ofSeconds(rnd.nextInt(4_000)); // sometimes past the talk's length
        return Talk.titled("talk " + i)
                .withYear(rnd.nextInt(8) == 0 ? null : 2015 + rnd.nextInt(8))
                .withDuration(length)
                .withRating(rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(5))
                .withMedia(rnd.nextInt(4) == 0 ? null : "/v/" + i + ".mp4")
                .withAdded(RandomLibrary.NOW.minus(Duration.ofHours(rnd.nextInt(24 * 400))))
                .withWatch(RandomLibrary.watch(status, position));
    }

    @AfterContainer
    static void close() throws IOException {
        lib.close();
    }

    @Provide
    Arbitrary<List<String>> queries() {
        Arbitrary<String> one = Combinators.combine(Arbitraries.of(TERMS), Arbitraries.of(TERMS), Arbitraries.integers().between(0, 2))
                .as((a, b, n) -> n == 0 ? a : a + " " + b);
        return one.list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 60)
    void eachFilterCountedWithOthersGetsItsOwnProgress(@ForAll("queries") List<String> queries) {
        List<TalkFilter> filters = new ArrayList<>();
        for (String q : queries) {
            TalkFilter f = compiler.compile(q).filter();
            assertEquals(TalkFilter.Reads.NARROW_COLUMNS, f.reads(), q);
            filters.add(f);
        }
        List<PlaylistProgress> together = store.progressOfColumnFilters(filters);
        assertEquals(filters.size(), together.size());
        for (int i = 0; i < filters.size(); i++) {
            assertEquals(lib.referenceProgress(filters.get(i)), together.get(i), "together: " + queries.get(i) + " among " + queries);
            assertEquals(lib.referenceProgress(filters.get(i)), store.progress(filters.get(i)), "alone: " + queries.get(i));
        }
    }

    @Property(tries = 5)
    void aFilterOfIdListsIsNotCountedWithOthers(@ForAll("queries") List<String> queries) {
        List<TalkFilter> filters = new ArrayList<>();
        for (String q : queries) {
            filters.add(compiler.compile(q).filter());
        }
        filters.add(compiler.compile("talk status:watched").filter());
        assertThrows(IllegalArgumentException.class, () -> store.progressOfColumnFilters(filters));
    }
}
