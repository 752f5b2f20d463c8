package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.Fts.and;
import static dev.talkshelf.catalog.Fts.not;
import static dev.talkshelf.catalog.Fts.or;
import static dev.talkshelf.catalog.Fts.phrase;
import static dev.talkshelf.catalog.Fts.w;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words alone with a kept word most talks have: the rarer words are scored alone and the common word's kept bit set
 * filters (decision 0045). The talks and their number are FTS5's for the whole expression; the order is FTS5's bm25 of
 * the whole expression, up to the common word's share of a score (about a millionth).
 */
class CommonWordsRankNothingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] FILLER = {"web", "data", "async", "typing", "testing", "packaging", "rust", "talk"};

    @TempDir
    Path dir;

    @Test
    void theRarerWordsRankAndTheCommonWordsBitSetFilters() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            theRarerWordsRankAndTheCommonWordsBitSetFilters(db);
        }
    }

    /** Fills the library (python in most talks, kept) and checks words alone; the other test goes on from there. */
    private static void theRarerWordsRankAndTheCommonWordsBitSetFilters(Database db) {
        {
            TalkStore talks = new TalkStore(db, CLOCK);
            Random rnd = new Random(11);
            for (int i = 0; i < 400; i++) {
                StringBuilder title = new StringBuilder(rnd.nextInt(10) < 7 ? "Python " : "Go ");
                for (int k = rnd.nextInt(4); k >= 0; k--) {
                    title.append(FILLER[rnd.nextInt(FILLER.length)]).append(' ');
                }
                title.append(rnd.nextInt(12) == 0 ? "metaclasses " : "").append(rnd.nextInt(5) == 0 ? "asyncio " : "");
                String description = rnd.nextBoolean() ? null
                        : "asyncio ".repeat(rnd.nextInt(3)) + "pythonic " + FILLER[rnd.nextInt(FILLER.length)] + " metaclass".repeat(rnd.nextInt(2));
                talks.insert(Talk.titled(title.toString().strip() + " " + i).withDescription(description)
                        .withYear(rnd.nextInt(6) == 0 ? null : 2014 + rnd.nextInt(10))
                        .withTags(rnd.nextBoolean() ? List.of("python/async") : List.of("web")), null);
            }
            TalkSearch search = new TalkSearch(db).withKeepMinMatches(5);
            long python = search.count(TalkFilter.fullText(w("python"))); // counted in much of the library: kept
            assertTrue(python * 2 > 401 && db.read(c -> KeptWords.count(c, w("python"))).isPresent(),
                    "python is kept and in more than half the talks: " + python);

            for (FullText expression : List.of(and(w("metaclasses"), w("python")), and(w("python"), w("asyncio")),
                    and(w("asyncio"), w("python"), phrase("web")), and(w("python"), and(phrase("metaclass"), phrase("asyncio"))),
                    and(w("python"), w("nothing")), not(and(w("asyncio"), w("python")), w("web")),
                    not(and(w("metaclasses"), w("python")), or(phrase("data"), w("rust"))))) {
                Map<Long, Double> reference = Bm25Scores.of(db, expression);
                for (boolean reversed : List.of(false, true)) {
                    SearchResult all = search.page(new SearchRequest(TalkFilter.fullText(expression), expression,
                            SortKey.RELEVANCE, reversed, null, 0, 1_000));
                    assertEquals(reference.keySet(), Bm25Scores.ids(all.ids()), expression.fts());
                    assertEquals(reference.size(), all.total(), expression.fts());
                    for (int i = 1; i < all.ids().size(); i++) {
                        double before = reference.get(all.ids().get(i - 1).value());
                        double after = reference.get(all.ids().get(i).value());
                        assertTrue(reversed ? before >= after - 1e-5 : before <= after + 1e-5,
                                expression + ": " + all.ids().get(i - 1) + " (" + before + ") before " + all.ids().get(i) + " (" + after + ")");
                    }
                    SearchResult page = search.page(new SearchRequest(TalkFilter.fullText(expression), expression,
                            SortKey.RELEVANCE, reversed, null, 3, 5));
                    assertEquals(all.ids().subList(Math.min(3, all.ids().size()), Math.min(8, all.ids().size())), page.ids());
                }
            }
        }
    }

    @Test
    void aWordRanksNothingFromHalfTheSearchIndexsRowsAsFts5CountsThem() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            List<TalkId> ids = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                // zebra in talks 0-13, quagga in 0-9, okapi in 0-10: with 3 talks deleted, 21 rows.
                ids.add(talks.insert(Talk.titled("Talk " + i + (i < 14 ? " zebra" : "") + (i < 10 ? " quagga" : "")
                        + (i < 11 ? " okapi" : "")), null));
            }
            for (int i : new int[] {11, 12, 13}) {
                talks.delete(ids.get(i));
            }
            long rows = db.read(c -> Fts5Averages.rows(c, "talk_fts"));
            assertEquals(21, rows, "the search index's rows: the talks left, not the highest id (24)");
            for (String word : List.of("zebra", "quagga", "okapi")) {
                Map<Long, Double> alone = Bm25Scores.of(db, FullText.prefix(word));
                double score = alone.values().iterator().next();
                // FTS5's own idf decides: a score of a millionth's order is the 1e-6 idf, anything larger a real one.
                assertEquals(Math.abs(score) < 1e-5, TalkSearch.ranksNothing(alone.size(), rows),
                        word + " in " + alone.size() + " of " + rows + " rows scores " + score);
            }
            assertTrue(TalkSearch.ranksNothing(11, 21) && !TalkSearch.ranksNothing(10, 21)
                    && TalkSearch.ranksNothing(10, 20) && !TalkSearch.ranksNothing(9, 20));
        }
    }

    @Test
    void besideOtherConditionsTheRarerWordsMatchesAreCheckedOneByOne() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            theRarerWordsRankAndTheCommonWordsBitSetFilters(db);
            TalkSearch search = new TalkSearch(db).withKeepMinMatches(5);
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            for (String text : List.of("python asyncio year:2016..2020", "python metaclasses -tag:web", "asyncio python tag:python",
                    "python asyncio -web year:2016..2020", "python metaclasses -data -rust",
                    "python asyncio (year:2015 or year:2021)", "python asyncio year:1990")) {
                CompiledQuery q = compiler.compile(text);
                Map<Long, Double> scores = Bm25Scores.of(db, q.rankMatch());
                Set<Long> reference = Bm25Scores.selected(db, q.filter());
                SearchResult all = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, false, null, 0, 1_000));
                assertEquals(reference, Bm25Scores.ids(all.ids()), text);
                assertEquals(reference.size(), all.total(), text);
                for (int i = 1; i < all.ids().size(); i++) {
                    assertTrue(scores.get(all.ids().get(i - 1).value()) <= scores.get(all.ids().get(i).value()) + 1e-5, text);
                }
            }
        }
    }
}
