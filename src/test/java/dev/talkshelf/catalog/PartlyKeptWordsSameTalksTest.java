package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.Fts.and;
import static dev.talkshelf.catalog.Fts.not;
import static dev.talkshelf.catalog.Fts.or;
import static dev.talkshelf.catalog.Fts.phrase;
import static dev.talkshelf.catalog.Fts.w;
import static dev.talkshelf.catalog.WordyTalks.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words some but not all of which are kept (decision 0050): their matches and title matches are read from the kept
 * words' bitmaps and the other words' lists, and every plan that reads them gives the talks, totals and order SQLite's
 * own evaluation gives (FTS5 for the words, the filter's SQL for the rest).
 */
class PartlyKeptWordsSameTalksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    /** Above it a words search is ranked title matches first (decision 0032); small, so the tests reach both orders. */
    private static final int EXACT_RANK_MAX = 40;
    private static final String[] FILLER = {"web", "framework", "data", "async", "typing", "testing", "rust", "talk"};

    @TempDir
    Path dir;

    @Test
    void theMatchesOfAnAndOfKeptAndOtherWordsAreFts5s() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 500, 11);
            WordyTalks.keep(db, "python");
            for (FullText expression : List.of(and(w("asyncio"), w("python")), and(w("framework"), w("python"), w("web")),
                    not(and(w("asyncio"), w("python")), w("web")), and(w("python"), w("zeppelin")))) {
                BitSet all = db.read(c -> KeptWords.readPartly(c, expression, false)).orElseThrow();
                assertEquals(fts5(db, expression), all, expression.fts());
                FullText and = expression instanceof FullText.Without without ? without.kept() : expression;
                BitSet title = db.read(c -> KeptWords.readPartly(c, expression, true)).orElseThrow();
                assertEquals(fts5(db, and.inTitle()), title, expression + " in the title");
            }
        }
    }

    @Test
    void noWordOrEveryWordKeptIsNotReadPartly() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 200, 12);
            WordyTalks.keep(db, "python");
            for (FullText expression : List.of(w("python"), and(w("asyncio"), w("web")), and(phrase("machine learning"), w("python")),
                    or(w("python"), w("asyncio")))) {
                assertFalse(db.read(c -> KeptWords.readPartly(c, expression, false)).isPresent(), expression.fts());
            }
        }
    }

    @Test
    void everyRankedPlanOfPartlyKeptWordsGivesSqlitesTalksInTheRankedOrder() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 700, 13);
            WordyTalks.keep(db, "python");
            // The default least count for keeping a word (5,000) keeps nothing more here: asyncio and web stay unkept.
            TalkSearch search = new TalkSearch(db, EXACT_RANK_MAX);
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            for (String text : List.of("python asyncio", "asyncio python", "python web framework", "python asyncio -web",
                    "python asyncio status:unwatched", "python asyncio -status:watched", "python web framework has:media",
                    "python asyncio year:2016..2018", "python asyncio tag:python/async", "python zeppelin",
                    "python asyncio status:in-progress", "python web framework -data status:unwatched")) {
                CompiledQuery q = compiler.compile(text);
                List<Long> expected = rankedReference(db, q);
                for (boolean reversed : List.of(false, true)) {
                    List<Long> want = new ArrayList<>(expected);
                    if (reversed) {
                        Collections.reverse(want);
                    }
                    SearchResult all = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, reversed,
                            null, 0, 10_000));
                    assertEquals(want.size(), all.total(), text);
                    if (want.size() > EXACT_RANK_MAX) {
                        assertEquals(want, values(all.ids()), text + (reversed ? " reversed" : ""));
                        for (int[] page : new int[][] {{0, 5}, {3, 7}, {want.size() - 4, 10}}) {
                            SearchResult part = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE,
                                    reversed, null, page[0], page[1]));
                            assertEquals(want.subList(page[0], Math.min(want.size(), page[0] + page[1])), values(part.ids()),
                                    text + " offset " + page[0]);
                            assertEquals(want.size(), part.total(), text);
                        }
                    } else {
                        assertInBm25Order(db, q, want, values(all.ids()), reversed, text);
                    }
                }
                assertFalse(db.read(c -> KeptWords.count(c, w("asyncio"))).isPresent(), "asyncio stays unkept");
            }
        }
    }

    @Test
    void wordsInAnotherOrderAndTheirCountMatchSqlite() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 500, 14);
            WordyTalks.keep(db, "python");
            // The second walks the sort key's index for more than 20 matches, testing each talk against the bit set.
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            for (TalkSearch search : List.of(new TalkSearch(db, EXACT_RANK_MAX),
                    new TalkSearch(db, EXACT_RANK_MAX, TalkSearch.FILTER_FIRST_MIN, 20))) {
                for (String text : List.of("python asyncio", "python web framework status:unwatched", "python asyncio -web")) {
                    CompiledQuery q = compiler.compile(text);
                    List<Long> matching = sqliteIds(db, q, "t.added DESC, t.id DESC");
                    assertEquals(matching.size(), search.count(q.filter()), text);
                    for (SortKey sort : List.of(SortKey.ADDED, SortKey.TITLE, SortKey.DURATION)) {
                        String order = switch (sort) {
                            case ADDED -> "t.added DESC, t.id DESC";
                            case TITLE -> "t.sort_title, t.id";
                            default -> "t.duration_ms ASC NULLS LAST, t.id";
                        };
                        for (int[] page : new int[][] {{0, 10_000}, {5, 9}}) {
                            List<Long> want = sqliteIds(db, q, order);
                            SearchResult got = search.page(new SearchRequest(q.filter(), q.rankMatch(), sort, false, null,
                                    page[0], page[1]));
                            assertEquals(want.subList(page[0], Math.min(want.size(), page[0] + page[1])), values(got.ids()),
                                    text + " by " + sort);
                            assertEquals(matching.size(), got.total(), text);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aTopicBesideColumnConditionsCountedOnlyToItsBoundListsTheSameTalks() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 300, 15);
            TalkSearch search = new TalkSearch(db);
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            // python/async is on half the talks (common: probed per talk), rust on a few (its talks gathered).
            for (String text : List.of("tag:python/async has:media", "tag:python/async status:unwatched year:2015..2020",
                    "tag:rust has:media", "tag:rust status:unwatched")) {
                CompiledQuery q = compiler.compile(text);
                List<Long> expected = sqliteIds(db, q, "t.added DESC, t.id DESC");
                assertFalse(expected.isEmpty(), text);
                SearchResult page = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, false, null, 0, 10_000));
                assertEquals(expected, values(page.ids()), text);
                assertEquals(expected.size(), page.total(), text);
                SearchResult part = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, false, null, 2, 3));
                assertEquals(expected.subList(2, Math.min(expected.size(), 5)), values(part.ids()), text);
            }
        }
    }

    /**
     * SQLite's talks for the filter in the order of a ranked search with more than {@link #EXACT_RANK_MAX} results: the
     * talks whose title alone matches the words first, newest first, then the others newest first (decision 0032).
     */
    private static List<Long> rankedReference(Database db, CompiledQuery q) {
        List<Long> all = sqliteIds(db, q, "t.id DESC");
        FullText expression = q.rankMatch();
        FullText and = expression instanceof FullText.Without without ? without.kept() : expression;
        BitSet title = fts5(db, and.inTitle());
        List<Long> order = new ArrayList<>();
        all.stream().filter(id -> title.get(Math.toIntExact(id))).forEach(order::add);
        all.stream().filter(id -> !title.get(Math.toIntExact(id))).forEach(order::add);
        return order;
    }

    private static void assertInBm25Order(Database db, CompiledQuery q, List<Long> want, List<Long> got, boolean reversed,
                                          String text) {
        assertEquals(new java.util.HashSet<>(want), new java.util.HashSet<>(got), text);
        FilterRows.assertInBm25Order(db, q.rankMatch(), got, reversed, text);
    }

    private static List<Long> sqliteIds(Database db, CompiledQuery q, String order) {
        return FilterRows.ids(db, q.filter(), order);
    }

    private static BitSet fts5(Database db, FullText expression) {
        return Fts5Matches.of(db, expression);
    }

    /** Python (kept) in most titles and descriptions; asyncio, web and framework in some; zeppelin in few. */
    private static void fill(Database db, int n, long seed) {
        TalkStore talks = new TalkStore(db, CLOCK);
        Random rnd = new Random(seed);
        WatchStatus[] statuses = {WatchStatus.UNWATCHED, WatchStatus.UNWATCHED, WatchStatus.UNWATCHED, WatchStatus.UNWATCHED,
                WatchStatus.WATCHED, WatchStatus.IN_PROGRESS, WatchStatus.SKIPPED};
        for (int i = 0; i < n; i++) {
            StringBuilder title = WordyTalks.titleStart(rnd, 7, FILLER);
            title.append(rnd.nextInt(4) == 0 ? "asyncio " : "").append(rnd.nextInt(60) == 0 ? "zeppelin " : "");
            String description = rnd.nextInt(8) == 0 ? null
                    : (rnd.nextInt(10) < 7 ? "python " : "") + "asyncio ".repeat(rnd.nextInt(2)) + FILLER[rnd.nextInt(FILLER.length)]
                    + (rnd.nextInt(5) == 0 ? " web framework" : "");
            WatchStatus status = statuses[rnd.nextInt(statuses.length)];
            Instant added = NOW.minus(Duration.ofHours(rnd.nextInt(5_000)));
            talks.insert(Talk.titled(title.toString().strip() + " " + i).withDescription(description)
                    .withYear(rnd.nextInt(6) == 0 ? null : 2014 + rnd.nextInt(10))
                    .withDuration(rnd.nextInt(8) == 0 ? null : Duration.ofMinutes(5 + rnd.nextInt(60)))
                    .withMedia(rnd.nextInt(10) == 0 ? null : "/v/" + i + ".mp4")
                    .withTags(rnd.nextBoolean() ? List.of("python/async") : rnd.nextInt(20) == 0 ? List.of("rust") : List.of("web"))
                    .withWatch(WordyTalks.watch(status, NOW))
                    .withAdded(added), null);
        }
    }
}
