package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.WordyTalks.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words beside many candidates (a speaker term's talks) scored in one walk of the search index, the candidates tested
 * there (decision 0066), list the talks, the total and the order the plan reading the words' matches first lists: FTS5's
 * bm25, ties by id, compared exactly, on every page, both ways; and past the bound, where the walk stops and the other
 * plan takes over, the same title-first pages, wherever the walk stops (its first look, or the bound).
 */
class ScoredInOneWalkSameTalksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    /** Small, so some queries stay under it (scored) and others pass it (title matches first). */
    private static final int EXACT_RANK_MAX = 40;
    private static final String[] FILLER = {"web", "data", "async", "typing", "testing", "packaging", "rust", "talk"};
    private static final List<String> QUERIES = List.of("\"machine learning\" speaker:a", "\"machine learning\" speaker:zoe",
            "\"machine learning\" speaker:b", "speaker:dmitri \"machine learning\"", "\"learning machine\" speaker:a",
            "asyncio speaker:a", "asyncio speaker:eve", "metaclasses speaker:b", "zeppelin speaker:a",
            "\"machine learning\" speaker:carol year:2016..2020", "\"machine learning\" speaker:a -web",
            "title:asyncio speaker:a", "\"machine learning\" speaker:nobody");

    @TempDir
    Path dir;

    @Test
    void theOneWalkListsTheTalksOfReadingTheMatchesFirstOnEveryPage() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 600, 21);
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            // Every match count above 5 gathers the filter's talks, and every candidate set is "many": the plan of
            // rankedFromIdSets that scores the intersection, with the one walk always tried, or never.
            TalkSearch base = new TalkSearch(db, EXACT_RANK_MAX, 5, TalkSearch.INDEX_WALK_MIN).withCandidatesScoredMax(0);
            TalkSearch oneWalk = base.withOneWalkGuessShare(1_000);
            // Stopped at its first look (a quarter of the bound: also where fewer pass in the end), and never before the bound.
            List<TalkSearch> walks = List.of(oneWalk, oneWalk.withOneWalkStopShare(0),
                    oneWalk.withOneWalkStopShare(Double.POSITIVE_INFINITY));
            TalkSearch matchesFirst = base.withOneWalkGuessShare(0);
            int scored = 0;
            int titleFirst = 0;
            for (String text : QUERIES) {
                CompiledQuery q = compiler.compile(text);
                List<Long> passing = FilterRows.ids(db, q.filter(), "t.id");
                if (passing.isEmpty()) {
                    assertEquals(0, oneWalk.page(request(q, false, 0, 200)).total(), text);
                    continue;
                }
                if (passing.size() <= EXACT_RANK_MAX) {
                    scored++;
                } else {
                    titleFirst++;
                }
                for (boolean reversed : List.of(false, true)) {
                    List<Long> want = passing.size() <= EXACT_RANK_MAX ? bm25Order(db, q, passing, reversed) : null;
                    for (int[] page : new int[][] {{0, 10_000}, {0, 7}, {3, 5}, {Math.max(0, passing.size() - 4), 10}}) {
                        SearchRequest request = request(q, reversed, page[0], page[1]);
                        SearchResult expected = matchesFirst.page(request);
                        for (TalkSearch walk : walks) {
                            SearchResult got = walk.page(request);
                            assertEquals(expected, got, text + (reversed ? " reversed" : "") + " offset " + page[0]);
                            assertEquals(passing.size(), got.total(), text);
                            if (want != null) {
                                assertEquals(want.subList(Math.min(page[0], want.size()), Math.min(want.size(), page[0] + page[1])),
                                        values(got.ids()), text + (reversed ? " reversed" : "") + " offset " + page[0]);
                            }
                        }
                    }
                }
            }
            assertTrue(scored >= 4 && titleFirst >= 3, "both sides of the bound: " + scored + " scored, " + titleFirst + " title first");
        }
    }

    @Test
    void theDefaultGuessListsTheSameTalksAsReadingTheMatchesFirst() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, TalkSearch.CHECKED_BESIDE_BROAD_FILTER_MAX + 400, 22);
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            TalkSearch plans = new TalkSearch(db, EXACT_RANK_MAX).withCandidatesScoredMax(0);
            TalkSearch matchesFirst = plans.withOneWalkGuessShare(0);
            for (String text : QUERIES) {
                CompiledQuery q = compiler.compile(text);
                for (boolean reversed : List.of(false, true)) {
                    for (int[] page : new int[][] {{0, 200}, {5, 9}}) {
                        SearchRequest request = request(q, reversed, page[0], page[1]);
                        assertEquals(matchesFirst.page(request), plans.page(request), text + (reversed ? " reversed" : ""));
                    }
                }
            }
        }
    }

    /** The passing talks in FTS5's bm25 order of the ranking words, best first (reversed: worst first), ties by id. */
    private static List<Long> bm25Order(Database db, CompiledQuery q, List<Long> passing, boolean reversed) {
        Map<Long, Double> scores = Bm25Scores.of(db, q.rankMatch());
        Comparator<Long> byScore = (a, b) -> Double.compare(scores.get(a), scores.get(b));
        List<Long> order = new ArrayList<>(passing);
        order.sort((reversed ? byScore.reversed() : byScore).thenComparing(Comparator.naturalOrder()));
        return order;
    }

    private static SearchRequest request(CompiledQuery q, boolean reversed, int offset, int limit) {
        return new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, reversed, null, offset, limit);
    }

    /**
     * "machine learning" in most descriptions, asyncio in a fifth of the titles and some descriptions (some twice),
     * metaclasses in a twelfth, zeppelin in a few; up to two speakers each, many with a name starting with A.
     */
    private static void fill(Database db, int n, long seed) {
        TalkStore talks = new TalkStore(db, CLOCK);
        Random rnd = new Random(seed);
        WatchStatus[] statuses = {WatchStatus.UNWATCHED, WatchStatus.UNWATCHED, WatchStatus.WATCHED, WatchStatus.IN_PROGRESS};
        for (int i = 0; i < n; i++) {
            StringBuilder title = WordyTalks.titleStart(rnd, 8, FILLER);
            title.append(rnd.nextInt(12) == 0 ? "metaclasses " : "").append(rnd.nextInt(5) == 0 ? "asyncio " : "")
                    .append(rnd.nextInt(100) == 0 ? "zeppelin " : "").append(rnd.nextInt(15) == 0 ? "machine learning " : "");
            String description = rnd.nextInt(10) == 0 ? null
                    : "asyncio ".repeat(rnd.nextInt(3)) + (rnd.nextInt(10) < 9 ? "machine learning " : "learning machine ")
                    + FILLER[rnd.nextInt(FILLER.length)] + " word".repeat(rnd.nextInt(6));
            List<String> speakers = WordyTalks.speakers(rnd);
            WatchStatus status = statuses[rnd.nextInt(statuses.length)];
            talks.insert(Talk.titled(title.toString().strip() + " " + i).withDescription(description)
                    .withSpeakers(speakers)
                    .withYear(rnd.nextInt(6) == 0 ? null : 2014 + rnd.nextInt(10))
                    .withDuration(rnd.nextInt(8) == 0 ? null : Duration.ofMinutes(5 + rnd.nextInt(60)))
                    .withTags(rnd.nextBoolean() ? List.of("python/async") : List.of("web"))
                    .withEvent(rnd.nextInt(20) == 0 ? "Machine Learning Days" : "PyCon")
                    .withWatch(WordyTalks.watch(status, NOW)), null);
        }
    }
}
