package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Kept words change no result: two libraries with the same talks, one keeping its common words and one not, give the
 * same pages and totals for random queries in every order, before and after random inserts, edits, notes, deletes,
 * rolled-back writes and an import-sized write that indexes as it goes (both libraries get the same writes). And each
 * kept word's bitmaps (every match, the title matches) and count stay equal to what the search index finds for it.
 */
class KeptWordsPropertiesTest {
    private static final Instant NOW = RandomLibrary.NOW;
    private static final String[] WORDS = {"python", "python", "python", "pythonic", "data", "data", "web", "async",
        "typing", "rust", "Pythön", "dataset", "python\u2019s", "\u00abdata\u00bb", "web\u00a0async", "na\u00efve",
        "\uff50\uff59\uff54\uff48\uff4f\uff4e", "PYTHON_3", "py3", "x-web", "\u00e9python", "python\u00e4", "\u00e0-data",
        "e\u0301py", "d\u00e1ta", "xpython", "W\u00c9B"};
    private static final String[] TOPICS = {"python", "python/typing", "web", "data"};
    private static final List<String> KEPT = List.of("python", "data", "py", "web");

    private static RandomLibrary keptLibrary;
    private static RandomLibrary plainLibrary;
    private static Database kept;
    private static Database plain;
    private static QueryCompiler compiler;
    private static Clock clock;

    @BeforeContainer
    static void open() throws IOException {
        keptLibrary = RandomLibrary.of("talkshelf-kept", 5, 300, KeptWordsPropertiesTest::talk);
        plainLibrary = RandomLibrary.of("talkshelf-plain", 5, 300, KeptWordsPropertiesTest::talk);
        kept = keptLibrary.db;
        plain = plainLibrary.db;
        clock = keptLibrary.clock;
        // Kept by searches that find them common, as in use (a threshold for 300 talks).
        TalkSearch keeping = new TalkSearch(kept).withKeepMinMatches(1);
        for (String word : KEPT) {
            keeping.count(new QueryCompiler(clock, name -> Optional.empty()).compile(word).filter());
        }
        compiler = new QueryCompiler(clock, name -> Optional.empty());
    }

    private static Talk talk(Random rnd, int i) {
        WatchStatus status = WatchStatus.values()[rnd.nextInt(WatchStatus.values().length)];
        return Talk.titled(word(rnd) + " " + word(rnd) + " talk " + i)
                .withDescription(rnd.nextInt(3) == 0 ? null : "about " + word(rnd) + ", " + word(rnd))
                .withSpeakers(List.of(rnd.nextBoolean() ? "Ada Python" : "Grace Hopper"))
                .withEvent(rnd.nextBoolean() ? "PyCon " + (2015 + rnd.nextInt(4)) : null)
                .withYear(rnd.nextInt(8) == 0 ? null : 2015 + rnd.nextInt(8))
                .withDuration(rnd.nextInt(8) == 0 ? null : Duration.ofMinutes(5 + rnd.nextInt(60)))
                .withTags(rnd.nextBoolean() ? List.of(TOPICS[rnd.nextInt(TOPICS.length)]) : List.of())
                .withAdded(NOW.minus(Duration.ofHours(rnd.nextInt(24 * 400))))
                .withWatch(new WatchState(status, null, null, status == WatchStatus.WATCHED ? 1 : 0,
                        status == WatchStatus.UNWATCHED ? null : NOW.minus(Duration.ofHours(rnd.nextInt(900)))));
    }

    private static String word(Random rnd) {
        return WORDS[rnd.nextInt(WORDS.length)];
    }

    @AfterContainer
    static void close() throws IOException {
        keptLibrary.close();
        plainLibrary.close();
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of("python", "data", "py", "web", "python data", "data python web", "-python", "-data",
                "python year:2019", "python status:unwatched", "data -rust", "python or rust", "-python tag:web",
                "web duration:<30m", "pythonic", "python tag:python", "python -web year:2016..2021", "python data year:2019", "-web status:unwatched",
                "has:notes", "python has:notes", "has:notes -data",
                "python -rust", "python data -web", "data -web -rust", "py -python", "python -\"data set\"", "python -web status:unwatched",
                "python or rust status:unwatched", "(data or async) -web", "python or rust not status:watched", "web or \"data set\"",
                "(python data) or typing", "rust or async");
    }

    @Provide
    Arbitrary<SortKey> sorts() {
        return Arbitraries.of(SortKey.RELEVANCE, SortKey.ADDED, SortKey.TITLE, SortKey.DURATION, SortKey.LAST_WATCHED,
                SortKey.YEAR);
    }

    @Property(tries = 40)
    void keptWordsListWhatTheSearchIndexLists(@ForAll("queries") String text, @ForAll("sorts") SortKey sort,
                                             @ForAll("seeds") long seed) {
        assertTrue(keptWords(kept).size() >= 3, "the common words are kept: " + keptWords(kept));
        assertEquals(List.of(), keptWords(plain));
        change(seed);
        assertSameResults(text, sort);
        for (String word : keptWords(kept)) {
            assertBitmapIsTheIndexs(word);
        }
    }

    private static List<String> keptWords(Database db) {
        return db.read(KeptWords::words);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** The same random writes on both libraries. */
    private static void change(long seed) {
        for (Database db : List.of(kept, plain)) {
            Random rnd = new Random(seed);
            TalkStore talks = new TalkStore(db, clock);
            NoteStore notes = new NoteStore(db, clock);
            List<TalkId> ids = talks.allIds();
            TalkId some = ids.get(rnd.nextInt(ids.size()));
            switch (rnd.nextInt(7)) {
                case 0 -> talks.insert(talk(rnd, 1000 + rnd.nextInt(1000)), null);
                case 1 -> talks.update(talk(rnd, 2000 + rnd.nextInt(1000)).withId(some));
                case 2 -> talks.delete(some);
                case 3 -> notes.add(some, Duration.ZERO, "a note on " + word(rnd));
                case 4 -> talks.setTags(some, List.of(TOPICS[rnd.nextInt(TOPICS.length)]));
                case 5 -> assertThrows(IllegalStateException.class, () -> db.write(c -> {
                    talks.update(talk(rnd, 3000).withId(some));
                    talks.insert(talk(rnd, 3001), null);
                    db.indexTouched();
                    throw new IllegalStateException("rolled back");
                }));
                default -> db.write(c -> {
                    // An import's shape: many talks in one transaction, indexed every so often before the commit.
                    for (int i = 0; i < 40; i++) {
                        talks.insert(talk(rnd, 4000 + i), null);
                        if (i % 15 == 14) {
                            db.indexTouched();
                        }
                    }
                    talks.delete(ids.get(rnd.nextInt(ids.size())));
                    return null;
                });
            }
        }
    }

    private static void assertSameResults(String text, SortKey sort) {
        CompiledQuery q = compiler.compile(text);
        for (boolean reversed : List.of(false, true)) {
            for (int offset : List.of(0, 7, 150)) {
                SearchRequest r = new SearchRequest(q.filter(), q.rankMatch(), sort, reversed, null, offset, 20);
                SearchResult expected = new TalkSearch(plain).page(r);
                assertEquals(expected, new TalkSearch(kept).page(r), text + " " + sort + (reversed ? " reversed" : "") + " @" + offset);
                assertEquals(expected, new TalkSearch(kept).withIdListMax(0).page(r),
                        "walked in page order: " + text + " " + sort + (reversed ? " reversed" : "") + " @" + offset);
                // Small bounds, so every plan for many matches is taken (index walks, id sets, the candidates' walk)
                // and the ranked plans' newest-first tails too.
                for (int[] b : new int[][] {{60, 30, Integer.MAX_VALUE, Integer.MAX_VALUE}, {60, 30, 0, 0}, {10, 4, 0, 0}}) {
                    for (int candidatesMax : new int[] {0, Integer.MAX_VALUE}) {
                        assertEquals(new TalkSearch(plain, b[0], b[2], b[3]).withCandidatesScoredMax(candidatesMax).page(r),
                                new TalkSearch(kept, b[0], b[2], b[3]).withCandidatesScoredMax(candidatesMax).page(r),
                                text + " " + sort + (reversed ? " reversed" : "") + " @" + offset + " bounds "
                                        + Arrays.toString(b) + " candidates " + candidatesMax);
                    }
                }
            }
        }
        assertEquals(new TalkSearch(plain).count(q.filter()), new TalkSearch(kept).count(q.filter()), text);
    }

    private static void assertBitmapIsTheIndexs(String word) {
        kept.read(c -> {
            KeptWords.Kept k = KeptWords.read(c, KeptWords.expression(word)).orElseThrow();
            BitSet expected = new BitSet();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?")) {
                ps.setString(1, KeptWords.expression(word).fts());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        expected.set(rs.getInt(1));
                    }
                }
            }
            assertEquals(expected, k.ids(), word);
            assertEquals(expected.cardinality(), k.count(), word);
            BitSet inTitles = new BitSet();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?")) {
                ps.setString(1, KeptWords.expression(word).inTitle().fts());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inTitles.set(rs.getInt(1));
                    }
                }
            }
            assertEquals(inTitles, KeptWords.titleIds(c, KeptWords.expression(word)).orElseThrow(), "in titles: " + word);
            return null;
        });
    }
}
