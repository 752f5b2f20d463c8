package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.WordyTalks.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words whose text looks like FTS5's own syntax (the letters NOT, AND inside a phrase, a title phrase) beside kept
 * words: every plan lists the talks SQLite's own evaluation lists, in the ranked order (decision 0061: the planner
 * reads the terms, not the FTS5 text, so such a word is only a word).
 */
class TrickyWordsSameTalksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    /** Above it a words search is ranked title matches first (decision 0032); small, so the tests reach both orders. */
    private static final int EXACT_RANK_MAX = 30;
    private static final String[] WORDS = {"NOT", "Notebooks", "NOTHING", "rock and roll", "code", "conference", "machine learning",
            "python", "x) NOT (y", "coroutines", "AND", "notes"};

    @TempDir
    Path dir;

    @Test
    void wordsThatLookLikeOperatorsListSqlitesTalksInTheRankedOrder() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            fill(db, 400, 21);
            TalkSearch keeping = new TalkSearch(db).withKeepMinMatches(5);
            keeping.count(TalkFilter.fullText(FullText.prefix("co")));
            keeping.count(TalkFilter.fullText(FullText.prefix("python")));
            assertTrue(db.read(KeptWords::words).containsAll(List.of("co", "python")), "co and python are kept");
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            for (TalkSearch search : List.of(new TalkSearch(db, EXACT_RANK_MAX), new TalkSearch(db))) {
                for (String text : List.of("NOTE", "\"NOT\"", "\"not\"", "co NOTE", "co \"NOT\"", "\"rock AND roll\"",
                        "co \"rock AND roll\"", "title:co NOTE", "title:\"machine learning\"", "title:co", "co -NOTE",
                        "python \"x) NOT (y\"", "co \"AND\"", "title:\"NOT\" python", "co python notes")) {
                    CompiledQuery q = compiler.compile(text);
                    List<Long> matching = sqliteIds(db, q, "t.id DESC");
                    assertFalse(matching.isEmpty(), text);
                    for (boolean reversed : List.of(false, true)) {
                        SearchResult all = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, reversed,
                                null, 0, 10_000));
                        assertEquals(matching.size(), all.total(), text);
                        assertInBm25OrderOrTitleFirst(db, q, matching, values(all.ids()), reversed, text);
                        SearchResult part = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, reversed,
                                null, 3, 5));
                        assertEquals(values(all.ids()).subList(Math.min(3, matching.size()), Math.min(8, matching.size())),
                                values(part.ids()), text + " offset 3");
                    }
                    for (int[] page : new int[][] {{0, 10_000}, {4, 7}}) {
                        List<Long> want = sqliteIds(db, q, "t.sort_title, t.id");
                        SearchResult got = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.TITLE, false, null,
                                page[0], page[1]));
                        assertEquals(want.subList(Math.min(page[0], want.size()), Math.min(want.size(), page[0] + page[1])),
                                values(got.ids()), text + " by title");
                    }
                    assertEquals(matching.size(), search.count(q.filter()), text);
                }
            }
        }
    }

    /**
     * Up to the bound every match scored, best first (ties to 1e-5 either way); beyond, the talks whose title matches the
     * words first, newest first, then the others newest first (decision 0032).
     */
    private static void assertInBm25OrderOrTitleFirst(Database db, CompiledQuery q, List<Long> newestFirst, List<Long> got,
                                                      boolean reversed, String text) {
        assertEquals(new java.util.HashSet<>(newestFirst), new java.util.HashSet<>(got), text);
        if (newestFirst.size() > EXACT_RANK_MAX && got.size() == newestFirst.size()) {
            FullText words = q.rankMatch();
            FullText and = words instanceof FullText.Without without ? without.kept() : words;
            BitSet title = Fts5Matches.of(db, and.inTitle());
            List<Long> want = new ArrayList<>();
            newestFirst.stream().filter(id -> title.get(Math.toIntExact(id))).forEach(want::add);
            newestFirst.stream().filter(id -> !title.get(Math.toIntExact(id))).forEach(want::add);
            if (reversed) {
                Collections.reverse(want);
            }
            if (want.equals(got)) {
                return;
            }
        }
        FilterRows.assertInBm25Order(db, q.rankMatch(), got, reversed, text);
    }

    private static List<Long> sqliteIds(Database db, CompiledQuery q, String order) {
        return FilterRows.ids(db, q.filter(), order);
    }

    /** Titles and descriptions of a few of those words each, so most queries match dozens of talks. */
    private static void fill(Database db, int n, long seed) {
        TalkStore talks = new TalkStore(db, CLOCK);
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            StringBuilder title = new StringBuilder();
            for (int k = rnd.nextInt(3); k >= 0; k--) {
                title.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
            }
            String description = rnd.nextInt(6) == 0 ? null : WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)];
            talks.insert(Talk.titled(title.toString().strip() + " " + i).withDescription(description)
                    .withAdded(CLOCK.instant().minus(Duration.ofHours(rnd.nextInt(5_000)))), null);
        }
    }
}
