package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.query.QueryLimits;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The largest queries the limits admit (deepest, widest, longest, and through the most smart playlists) compile and
 * run against a real library for search, facets, the summary and a smart playlist's progress; one step past a limit
 * is a readable error naming the column.
 */
class QueryLimitsTest extends OnTestLibrary {
    private static final String[] WORDS = {"python", "rust", "async", "types", "testing", "web", "data", "go"};

    @BeforeEach
    void open() {
        for (int i = 0; i < 300; i++) {
            String a = WORDS[i % WORDS.length];
            String b = WORDS[(i / WORDS.length) % WORDS.length];
            lib.clock.advance(Duration.ofSeconds(1));
            lib.talks.insert(Talk.titled("Talk " + i + " on " + a + " and " + b)
                    .withSpeakers(List.of("Speaker " + (i % 17)))
                    .withEvent("Conf " + (i % 5))
                    .withYear(2010 + i % 15)
                    .withTags(List.of(a, a + "/" + b))
                    .withDuration(Duration.ofMinutes(10 + i % 50))
                    .withRating(i % 7 == 0 ? 1 + i % 5 : null)
                    .withWatch(i % 3 == 0 ? WatchState.UNWATCHED.withStatus(WatchStatus.WATCHED) : WatchState.UNWATCHED)
                    .withDescription("about " + b), null);
        }
        lib.playlists.create("Manual");
    }

    /** Runs a query every way a query runs and checks it gave an answer. */
    private void runsEverywhere(String query) {
        assertTrue(query.codePointCount(0, query.length()) <= QueryLimits.MAX_LENGTH, "admitted length: " + query.length());
        SearchPage page = lib.search.search(query, 0, 20);
        assertTrue(page.total() >= 0);
        for (var sort : dev.talkshelf.model.SortKey.values()) {
            if (sort != dev.talkshelf.model.SortKey.PLAYLIST) {
                lib.search.search(query, sort, true, 0, 5);
            }
        }
        assertEquals(page.total(), lib.search.facets(query).total());
        assertEquals(page.total(), lib.search.summary(query).talks());
    }

    /** A term of each kind in turn: words, phrases, prefixes, text fields, tags, numbers, statuses, has:, playlists. */
    private static String term(int i) {
        String w = WORDS[i % WORDS.length];
        return switch (i % 12) {
            case 0 -> w;
            case 1 -> "\"" + w + " and\"";
            case 2 -> "title:" + w;
            case 3 -> "tag:" + w;
            case 4 -> "year:>=" + (2010 + i % 15);
            case 5 -> "status:watched";
            case 6 -> "speaker:\"speaker " + (i % 17) + "\"";
            case 7 -> "duration:<" + (20 + i) + "m";
            case 8 -> "has:rating";
            case 9 -> "playlist:Manual";
            case 10 -> "event:conf";
            default -> "tag:=" + w;
        };
    }

    private static String wide(int terms, String joiner) {
        return IntStream.range(0, terms).mapToObj(QueryLimitsTest::term).collect(Collectors.joining(joiner));
    }

    /** {@code depth} levels of parentheses, alternating "or" and "and", with a negation at every other level. */
    private static String deep(int depth, int termsPerLevel) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        int t = 0;
        int level = 0;
        while (level < depth) {
            String joiner = level % 2 == 0 ? " or " : " ";
            for (int i = 0; i < termsPerLevel; i++) {
                open.append(term(t++)).append(joiner);
            }
            if (level % 4 == 1 && level + 2 <= depth) {
                open.append("-(");
                level += 2;
            } else {
                open.append("(");
                level++;
            }
            close.append(")");
        }
        open.append(term(t));
        return open + close.toString();
    }

    @Test
    void theWidestQueryRuns() {
        runsEverywhere(wide(QueryLimits.MAX_TERMS, " "));
        runsEverywhere(wide(QueryLimits.MAX_TERMS, " or "));
        runsEverywhere(wide(QueryLimits.MAX_TERMS, " -"));
        runsEverywhere("python " + IntStream.range(1, QueryLimits.MAX_TERMS).mapToObj(i -> "-" + WORDS[i % WORDS.length] + i)
                .collect(Collectors.joining(" ")));
        runsEverywhere(IntStream.range(0, QueryLimits.MAX_TERMS).mapToObj(i -> "-" + term(i)).collect(Collectors.joining(" ")));
        runsEverywhere(IntStream.range(0, QueryLimits.MAX_TERMS).mapToObj(i -> "not " + WORDS[i % WORDS.length])
                .collect(Collectors.joining(" or ")));
    }

    @Test
    void theDeepestQueryRuns() {
        runsEverywhere(deep(QueryLimits.MAX_DEPTH, 1));
        runsEverywhere(deep(QueryLimits.MAX_DEPTH, 2));
        runsEverywhere("not ".repeat(QueryLimits.MAX_DEPTH) + "python");
        runsEverywhere("-(".repeat(QueryLimits.MAX_DEPTH / 2) + "python" + ")".repeat(QueryLimits.MAX_DEPTH / 2));
        runsEverywhere("(".repeat(QueryLimits.MAX_DEPTH) + "python" + ")".repeat(QueryLimits.MAX_DEPTH));
        runsEverywhere("(".repeat(QueryLimits.MAX_DEPTH) + "year:2020" + ")".repeat(QueryLimits.MAX_DEPTH));
        StringBuilder words = new StringBuilder();
        StringBuilder closing = new StringBuilder();
        for (int depth = 0, i = 0; depth < QueryLimits.MAX_DEPTH; i++) {
            boolean negated = i % 2 == 1 && depth + 2 <= QueryLimits.MAX_DEPTH;
            words.append(WORDS[i % WORDS.length]).append(negated ? " -(" : " or (");
            depth += negated ? 2 : 1;
            closing.append(')');
        }
        runsEverywhere(words + "x" + closing);
    }

    @Test
    void theLongestQueryRuns() {
        runsEverywhere("p".repeat(QueryLimits.MAX_LENGTH));
        runsEverywhere("\"" + "a ".repeat((QueryLimits.MAX_LENGTH - 2) / 2) + "\"");
        runsEverywhere("title:\"" + "b ".repeat((QueryLimits.MAX_LENGTH - 8) / 2) + "\"");
        String longWords = IntStream.range(0, QueryLimits.MAX_TERMS).mapToObj(i -> (WORDS[i % WORDS.length] + "x".repeat(30)).substring(0, 30))
                .collect(Collectors.joining(" "));
        runsEverywhere(longWords);
        runsEverywhere("🐍".repeat(QueryLimits.MAX_LENGTH));
    }

    @Test
    void theLargestQueryThroughSmartPlaylistsRuns() {
        // Each playlist names the one before it: every one of them at the limits of a single query.
        String previous = null;
        for (int level = 1; level < QueryLimits.MAX_PLAYLIST_NESTING; level++) {
            int own = previous == null ? QueryLimits.MAX_TERMS : QueryLimits.MAX_TERMS - 1;
            String query = IntStream.range(0, own).mapToObj(i -> (i % 3 == 2 ? "-" : "") + term(i)).collect(Collectors.joining(" or "))
                    + (previous == null ? "" : " or -playlist:\"" + previous + "\"");
            String name = "Level " + level;
            lib.playlists.createSmart(name, query);
            previous = name;
        }
        String top = IntStream.range(0, QueryLimits.MAX_TERMS - 1).mapToObj(QueryLimitsTest::term).collect(Collectors.joining(" or "))
                + " or playlist:\"" + previous + "\"";
        runsEverywhere(top);
        lib.playlists.createSmart("Everything at once", top);
        List<PlaylistSummary> all = lib.playlists.list();
        assertEquals(QueryLimits.MAX_PLAYLIST_NESTING + 1, all.size(), all.toString());
        assertFalse(lib.playlists.show("Everything at once").talks().isEmpty());
    }

    @Test
    void oneCharacterTooManyIsRefusedAtTheFirstCharacterPastTheLimit() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> lib.search.search("p".repeat(QueryLimits.MAX_LENGTH + 1), 0, 20));
        assertEquals("the query is longer than 2,000 characters at column 2001", e.getMessage());
        assertEquals(2001, e.column());
    }

    @Test
    void aMegabyteOfWordsIsRefusedAtOnceInSearchAndFacets() {
        String huge = "word ".repeat(200_000);
        assertThrows(InvalidQueryException.class, () -> lib.search.search(huge, 0, 20));
        assertThrows(InvalidQueryException.class, () -> lib.search.facets(huge));
    }

    @Test
    void twentyThousandParenthesesAreRefusedAtTheFirstOnePastTheLimit() {
        String query = "(".repeat(20_000) + "x" + ")".repeat(20_000);
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> lib.search.search(query, 0, 20));
        assertEquals("the query is longer than 2,000 characters at column 2001", e.getMessage());
        String deepest = "(".repeat(900) + "x" + ")".repeat(900);
        e = assertThrows(InvalidQueryException.class, () -> lib.search.search(deepest, 0, 20));
        assertEquals("the query nests parentheses and 'not' more than 32 deep at column 33", e.getMessage());
    }

    @Test
    void oneTermTooManyIsRefusedAtThatTerm() {
        String query = wide(QueryLimits.MAX_TERMS, " ") + " extra";
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> lib.search.search(query, 0, 20));
        assertEquals("the query has more than 64 words and fields at column " + (query.length() - 4), e.getMessage());
    }

    @Test
    void smartPlaylistsNamedTooDeepAreRefusedWhereTheQueryNamesThem() {
        lib.playlists.createSmart("P1", "python");
        for (int i = 2; i <= QueryLimits.MAX_PLAYLIST_NESTING; i++) {
            lib.playlists.createSmart("P" + i, "playlist:P" + (i - 1));
        }
        lib.search.search("playlist:P" + QueryLimits.MAX_PLAYLIST_NESTING, 0, 20);
        lib.playlists.createSmart("P5", "rust playlist:P4");
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> lib.search.search("go playlist:P5", 0, 20));
        assertEquals("playlist 'P5' names smart playlists more than 4 deep at column 13", e.getMessage());
    }

    @Test
    void smartPlaylistsThatMultiplyTheQueryAreRefusedBeforeTheyGrow() {
        lib.playlists.createSmart("Base", wide(QueryLimits.MAX_TERMS, " or "));
        String twice = "playlist:Base or playlist:Base or playlist:Base or playlist:Base";
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> lib.search.search(twice, 0, 20));
        assertEquals("playlist 'Base' makes the search too large: more than 256 words and fields with the smart playlists it"
                + " names at column 61", e.getMessage());
        lib.search.search("playlist:Base or playlist:Base or playlist:Base", 0, 20);
    }
}
