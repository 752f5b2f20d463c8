package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kept word in under half the library (here "web", in about a third of the talks, in every column and as the start of
 * longer words) beside rarer words: its share of bm25 comes from its kept figures (decision 0082). The figures give
 * FTS5's own score of the word in every talk; a write drops the figures of the pieces of ids it touched and a build
 * brings back those alone; every plan gives the talks, the total and the order of FTS5's bm25 of the whole expression.
 */
class KeptWordFiguresRankAsFts5Test {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] FILLER = {"data", "async", "typing", "testing", "packaging", "rust", "talk"};
    /** Ids this far apart put the talks in several pieces of {@link KeptFrequencies#SHIFT} ids. */
    private static final int ID_STEP = 29;

    @TempDir
    Path dir;

    @Test
    void theFiguresGiveFts5sOwnScoreOfTheWordAndAWriteDropsOnlyThePiecesItTouched() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            List<TalkId> ids = fill(db, 480, 5);
            WordyTalks.keep(db, "web");
            build(db, "web");
            int pieces = pieces(db, "web");
            assertTrue(pieces >= 3, "the talks lie in several pieces: " + pieces);
            assertFiguresGiveFts5sScore(db, "web");

            TalkStore talks = new TalkStore(db, CLOCK);
            NoteStore notes = new NoteStore(db, CLOCK);
            // A note with the word (and a longer word starting with it) on a talk in the first piece.
            notes.add(ids.get(3), Duration.ofMinutes(1), "Webinar notes: web web");
            assertEquals(pieces - 1, pieces(db, "web"), "the note's piece is dropped, the others kept");
            assertFalse(complete(db));
            // A title without the word any more, a talk deleted, a new one with it in a piece of its own.
            Talk last = talks.get(ids.get(ids.size() - 1)).orElseThrow();
            talks.update(last.withTitle("Nothing here " + last.title().length()));
            talks.delete(ids.get(ids.size() / 2));
            talks.insert(Talk.titled("WEB scale Web").withId(TalkId.of(ID_STEP * 700L))
                    .withDescription("web components and webassembly"), null);
            build(db, "web");
            assertTrue(complete(db));
            assertFiguresGiveFts5sScore(db, "web");
        }
    }

    @Test
    void everyPlanRanksAKeptWordUnderHalfTheLibraryAsFts5RanksTheWholeExpression() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 600, 7);
            WordyTalks.keep(db, "web");
            WordyTalks.keep(db, "python");
            long talks = db.read(c -> Fts5Averages.rows(c, "talk_fts"));
            long web = db.read(c -> KeptWords.count(c, FullText.prefix("web"))).orElseThrow();
            assertTrue(web >= 0.2 * talks && !TalkSearch.ranksNothing(web, talks), "web in " + web + " of " + talks);
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            // The bounds of the app, then small ones, so the rarer words match more talks than are scored and each plan
            // beside a filter searches them held to web's talks (decisions 0081, 0082).
            List<TalkSearch> searches = PlainEvaluation.plansBesideAFilter(db);
            // asyncio, metaclasses and the phrase are in under a fifth of the talks: never kept, ranked by FTS5.
            List<String> queries = List.of("web asyncio", "asyncio web", "web \"machine learning\"", "web asyncio -data",
                    "web metaclasses", "web asyncio year:2016..2020", "web \"machine learning\" speaker:a",
                    "web \"machine learning\" status:unwatched", "web asyncio -speaker:a", "web \"machine learning\" duration:<15m",
                    "web asyncio tag:python/async", "year:2018 web asyncio", "web \"machine learning\" has:media -status:watched");
            // The first searches find no figures: FTS5 ranks the word, and the search has them built after it.
            assertFalse(complete(db));
            for (String text : queries) {
                PlainEvaluation.assertSame(db, searches.get(0), compiler.compile(text), text, 1e-9);
            }
            assertTrue(complete(db), "built after the first search");
            for (String text : queries) {
                for (TalkSearch search : searches) {
                    PlainEvaluation.assertSame(db, search, compiler.compile(text), text, 1e-9);
                }
            }
            build(db, "python");
            assertEquals(0, pieces(db, "python"), "a word in most talks ranks nothing: no figures");
            // Beside a word in most talks (python, learning), whose share FTS5 gives an idf of 1e-6 and the search leaves
            // out (decision 0045): the same order up to that share.
            for (String text : List.of("python web asyncio", "web python \"machine learning\" speaker:a",
                    "web learning status:unwatched", "web learning machine")) {
                for (TalkSearch search : searches) {
                    PlainEvaluation.assertSame(db, search, compiler.compile(text), text, 1e-5);
                }
            }
        }
    }

    @Test
    void aSlowSearchKeepsItsWordsInAFifthOfTheLibraryAndRemembersTheRareOnes() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 300, 9);
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            CompiledQuery q = compiler.compile("web asyncio year:2016..2020");
            // web (in about a third of the talks) is kept only after a search slower than the bound asked for.
            new TalkSearch(db).withKeepMinMatches(5).page(page(q));
            new TalkSearch(db).withKeepMinMatches(5).keepingWordsOfSlowSearches(Duration.ofHours(1)).page(page(q));
            assertTrue(db.read(c -> KeptWords.count(c, FullText.prefix("web"))).isEmpty(), "no slow search: nothing kept");

            TalkSearch learning = new TalkSearch(db).withKeepMinMatches(5).keepingWordsOfSlowSearches(Duration.ZERO);
            SearchResult before = learning.page(page(q));
            assertEquals((long) Bm25Scores.of(db, FullText.prefix("web")).size(),
                    db.read(c -> KeptWords.count(c, FullText.prefix("web"))).orElseThrow(), "web kept, with FTS5's count");
            assertTrue(db.read(c -> KeptWords.count(c, FullText.prefix("asyncio"))).isEmpty(), "asyncio is in too few talks");
            assertEquals(Set.of("asyncio"), learning.wordsFoundRare(), "remembered as rare, not tried again");
            // The next search finds web's figures missing and has them built; the talks and their order stay FTS5's.
            assertEquals(before, learning.page(page(q)));
            assertTrue(complete(db));
            PlainEvaluation.assertSame(db, learning, q, q.toString(), 1e-9);
        }
    }

    @Test
    void onAThreadOfTheirOwnTheWordsAreKeptAfterTheSearchReturnedItsPage() throws Exception {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 300, 9);
            CompiledQuery q = new QueryCompiler(CLOCK, name -> Optional.empty()).compile("web asyncio year:2016..2020");
            // The executor holds the writes until the test runs them: what a search does before they run is its own.
            ArrayDeque<Runnable> writes = new ArrayDeque<>();
            TalkSearch search = new TalkSearch(db).withKeepMinMatches(5).keepingWordsOfSlowSearches(Duration.ZERO)
                    .keepingWordsAfterSearchOn(writes::add);
            SearchResult first = search.page(page(q));
            PlainEvaluation.assertSame(db, search, q, q.toString(), 1e-9);
            assertTrue(db.read(c -> KeptWords.count(c, FullText.prefix("web"))).isEmpty(), "nothing written by the searches");
            assertEquals(1, writes.size(), "one write for the words of the three searches");

            writes.poll().run();
            search.awaitKeeping();
            assertEquals((long) Bm25Scores.of(db, FullText.prefix("web")).size(),
                    db.read(c -> KeptWords.count(c, FullText.prefix("web"))).orElseThrow(), "web kept, with FTS5's count");
            assertEquals(Set.of("asyncio"), search.wordsFoundRare());
            assertTrue(writes.isEmpty());

            // The next search finds web's figures missing: it ranks by FTS5 and leaves the build to the next write.
            assertEquals(first, search.page(page(q)));
            assertFalse(complete(db), "the figures are not built by the search");
            assertEquals(1, writes.size());
            writes.poll().run();
            assertTrue(complete(db));
            assertEquals(first, search.page(page(q)));
            assertTrue(writes.isEmpty(), "nothing left to keep");
            PlainEvaluation.assertSame(db, search, q, q.toString(), 1e-9);
        }
    }

    private static SearchRequest page(CompiledQuery q) {
        return new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, false, null, 0, 1_000);
    }

    /** Each talk's share of bm25 from its kept figures equals FTS5's score of the word alone in that talk. */
    private static void assertFiguresGiveFts5sScore(Database db, String word) {
        Map<Long, Double> fts5 = Bm25Scores.of(db, FullText.prefix(word));
        db.read(c -> {
            BitSet talks = webTalks(c);
            assertEquals(fts5.keySet(), Bm25Scores.ids(talks.stream().mapToObj(id -> TalkId.of(id)).toList()),
                    "the word's kept talks are FTS5's");
            Map<Integer, KeptFrequencies.Figures> figures = KeptFrequencies.read(c, word, talks).orElseThrow();
            Bm25.Totals totals = Bm25.totals(c, "talk_fts");
            double idf = Bm25.idf(totals, talks.cardinality());
            for (Map.Entry<Long, Double> talk : fts5.entrySet()) {
                KeptFrequencies.Figures f = figures.get(talk.getKey().intValue());
                double score = Bm25.score(idf, totals, f.weightedCount(), f.length());
                assertEquals(talk.getValue(), score, Math.abs(talk.getValue()) * 1e-12, "talk " + talk.getKey() + ": " + f);
            }
            return null;
        });
    }

    private static BitSet webTalks(java.sql.Connection c) throws java.sql.SQLException {
        return KeptWords.read(c, KeptWords.expression("web")).orElseThrow().ids();
    }

    private static boolean complete(Database db) {
        return db.read(c -> KeptFrequencies.complete(c, "web", webTalks(c)));
    }

    private static void build(Database db, String word) {
        db.write(c -> {
            KeptFrequencies.build(c, word);
            return null;
        });
    }

    private static int pieces(Database db, String word) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM kept_word_freq WHERE word = ?")) {
                ps.setString(1, word);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Talks with ids {@link #ID_STEP} apart: "web" in about a third of them, in the title, the description (also as
     * "websockets", "Wébinaire" and twice), the tags, an event or a speaker's name; python in most titles, asyncio in a
     * sixth, "machine learning" in most descriptions; most talks unwatched and with media.
     */
    private static List<TalkId> fill(Database db, int n, long seed) {
        TalkStore talks = new TalkStore(db, CLOCK);
        Random rnd = new Random(seed);
        WatchStatus[] statuses = {WatchStatus.UNWATCHED, WatchStatus.UNWATCHED, WatchStatus.UNWATCHED, WatchStatus.WATCHED,
                WatchStatus.IN_PROGRESS, WatchStatus.SKIPPED};
        List<TalkId> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder title = WordyTalks.titleStart(rnd, 8, FILLER);
            int web = rnd.nextInt(18);
            title.append(web == 0 ? "Web " : web == 1 ? "web web " : "").append(rnd.nextInt(12) == 0 ? "metaclasses " : "")
                    .append(rnd.nextInt(10) == 0 ? "asyncio " : "");
            String description = rnd.nextInt(10) == 0 ? null
                    : (rnd.nextInt(14) == 0 ? "asyncio asyncio " : "") + (rnd.nextInt(10) < 9 ? "machine learning " : "learning machine ")
                    + (web == 2 ? "websockets " : web == 3 ? "Wébinaire " : web == 4 ? "the web, the web and the web " : "")
                    + FILLER[rnd.nextInt(FILLER.length)] + " metaclass".repeat(rnd.nextInt(2));
            List<String> speakers = WordyTalks.speakers(rnd);
            if (web == 5) {
                speakers.add("Ann Webster");
            }
            WatchStatus status = statuses[rnd.nextInt(statuses.length)];
            ids.add(talks.insert(Talk.titled(title.toString().strip() + " " + i).withId(TalkId.of(1L + (long) i * ID_STEP))
                    .withDescription(description).withSpeakers(speakers)
                    .withEvent(web == 6 ? "WebConf " + (2014 + rnd.nextInt(10)) : "PyCon " + (2014 + rnd.nextInt(10)))
                    .withYear(rnd.nextInt(6) == 0 ? null : 2014 + rnd.nextInt(10))
                    .withDuration(rnd.nextInt(8) == 0 ? null : Duration.ofMinutes(5 + rnd.nextInt(60)))
                    .withMedia(rnd.nextInt(10) == 0 ? null : "/v/" + i + ".mp4")
                    .withTags(web == 7 ? List.of("web", "python/async") : rnd.nextBoolean() ? List.of("python/async") : List.of("rust"))
                    .withWatch(WordyTalks.watch(status, CLOCK.instant())), null));
        }
        return ids;
    }
}
