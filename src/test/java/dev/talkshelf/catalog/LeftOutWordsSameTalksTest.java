package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.Fts.w;
import static dev.talkshelf.catalog.WordyTalks.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words left out (decision 0067): a kept word's matches less a left-out word's are read once for the count and the page,
 * and a "not" alone reads its word's matches once for the count and the walk. Decision 0068: a left-out prefix starting
 * a kept-side word finds nothing without reading either; a word not kept less a kept one is its list less the bitmap,
 * scored by the kept side alone and its title matches read without the NOT. Every order gives the talks, totals and
 * order of SQLite's own evaluation (FTS5's NOT, the filter's SQL) and of the plans without these shapes.
 */
class LeftOutWordsSameTalksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    /** Above it a words search is ranked title matches first (decision 0032); small, so the tests reach both orders. */
    private static final int EXACT_RANK_MAX = 40;
    private static final String[] FILLER = {"web", "framework", "data", "async", "typing", "testing", "rust", "talk"};
    private static final List<String> QUERIES = List.of("python -web", "python not web", "python -asyncio", "python -zeppelin",
            "python -web -asyncio", "python -(web or asyncio)", "python or asyncio -web", "-web", "not asyncio", "-python",
            "-zeppelin", "not (web or data)", "python -python",
            // A left-out prefix that starts a kept-side word leaves nothing (decision 0068); one that does not, some.
            "python -py", "python not py", "python -pyt", "python asyncio -py", "python -web -pyt", "asyncio -asyn",
            "pyth -python", "pythagoras -pyth", "py -python",
            // The kept side not kept, the left-out side kept (or one alternative of it): scored or paged without FTS5's NOT.
            "asyncio -python", "zeppelin -python", "web -python", "asyncio web -python", "zeppelin -web -python",
            "asyncio -(python or web)", "pythagoras -python", "asyncio -web");

    @TempDir
    Path dir;

    @Test
    void wordsLeftOutBesideAKeptWordGiveSqlitesTalksInEveryOrder() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 600, 21);
            WordyTalks.keep(db, "python");
            assertSameTalks(db);
        }
    }

    @Test
    void keptWordsLeftOutGiveSqlitesTalksInEveryOrder() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 600, 22);
            WordyTalks.keep(db, "python");
            WordyTalks.keep(db, "web");
            assertSameTalks(db);
        }
    }

    @Test
    void withNoWordKeptTheTalksAreSqlites() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 300, 23);
            assertSameTalks(db);
        }
    }

    private static void assertSameTalks(Database db) {
        QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
        // The second walks the sort key's index for more than 20 matches; the third has none of the plans' shapes.
        List<TalkSearch> searches = List.of(new TalkSearch(db, EXACT_RANK_MAX),
                new TalkSearch(db, EXACT_RANK_MAX, TalkSearch.FILTER_FIRST_MIN, 20));
        TalkSearch plain = new TalkSearch(db, EXACT_RANK_MAX, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, false);
        for (String text : QUERIES) {
            CompiledQuery q = compiler.compile(text);
            List<Long> newest = FilterRows.ids(db, q.filter(), "t.added DESC, t.id DESC");
            for (TalkSearch search : searches) {
                assertEquals(newest.size(), search.count(q.filter()), text);
                for (SortKey sort : List.of(SortKey.RELEVANCE, SortKey.ADDED, SortKey.TITLE)) {
                    for (boolean reversed : List.of(false, true)) {
                        for (int[] page : new int[][] {{0, 10_000}, {0, 7}, {5, 9}}) {
                            String what = text + " by " + sort + (reversed ? " reversed" : "") + " from " + page[0];
                            SearchRequest request = new SearchRequest(q.filter(), q.rankMatch(), sort, reversed, null,
                                    page[0], page[1]);
                            SearchResult got = search.page(request);
                            SearchResult old = plain.page(request);
                            assertEquals(values(old.ids()), values(got.ids()), what);
                            assertEquals(newest.size(), got.total(), what);
                            assertEquals(newest.size(), old.total(), what);
                            if (page[1] == 10_000) {
                                assertOrder(db, q, sort, reversed, newest, values(got.ids()), what);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The order SQLite's own evaluation gives: bm25 (or title matches first above EXACT_RANK_MAX), added, title. */
    private static void assertOrder(Database db, CompiledQuery q, SortKey sort, boolean reversed, List<Long> newest,
                                    List<Long> got, String what) {
        if (sort == SortKey.RELEVANCE && q.rankMatch() != null) {
            if (newest.size() <= EXACT_RANK_MAX) {
                assertEquals(new HashSet<>(newest), new HashSet<>(got), what);
                FilterRows.assertInBm25Order(db, q.rankMatch(), got, reversed, what);
                return;
            }
            FullText expression = q.rankMatch();
            FullText kept = expression instanceof FullText.Without without ? without.kept() : expression;
            BitSet title = Fts5Matches.of(db, kept.inTitle());
            // Above it: the title matches of the kept words first, then the others, each newest (highest id) first.
            List<Long> byId = FilterRows.ids(db, q.filter(), "t.id DESC");
            List<Long> want = new ArrayList<>();
            byId.stream().filter(id -> title.get(Math.toIntExact(id))).forEach(want::add);
            byId.stream().filter(id -> !title.get(Math.toIntExact(id))).forEach(want::add);
            if (reversed) {
                java.util.Collections.reverse(want);
            }
            assertEquals(want, got, what);
        } else if (sort == SortKey.ADDED && !reversed) {
            assertEquals(newest, got, what);
        } else {
            assertEquals(new HashSet<>(newest), new HashSet<>(got), what);
        }
    }

    /** Python in most titles and descriptions; asyncio, web and data in some; zeppelin and pythagoras in few. */
    private static void fill(Database db, int n, long seed) {
        TalkStore talks = new TalkStore(db, CLOCK);
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            StringBuilder title = WordyTalks.titleStart(rnd, 7, FILLER);
            title.append(rnd.nextInt(4) == 0 ? "asyncio " : "").append(rnd.nextInt(60) == 0 ? "zeppelin " : "")
                    .append(rnd.nextInt(12) == 0 ? "pythagoras " : "");
            String description = rnd.nextInt(8) == 0 ? null
                    : (rnd.nextInt(10) < 7 ? "python " : "") + "asyncio ".repeat(rnd.nextInt(2)) + FILLER[rnd.nextInt(FILLER.length)]
                    + (rnd.nextInt(3) == 0 ? " web framework" : "");
            talks.insert(Talk.titled(title.toString().strip() + " " + i).withDescription(description)
                    .withYear(rnd.nextInt(6) == 0 ? null : 2014 + rnd.nextInt(10))
                    .withAdded(NOW.minus(Duration.ofHours(rnd.nextInt(5_000)))), null);
        }
    }
}
