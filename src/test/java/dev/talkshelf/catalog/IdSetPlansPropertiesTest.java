package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Facets;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.io.IOException;
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
 * The plan that ranks words beside other conditions from two id sets (the word matches and the other conditions'
 * talks, intersected, then only the ranked talks scored) lists the same talks in the same order as the plan that
 * walks the word matches and checks each one, on a real library of 400 talks where one word is in most of them:
 * for random words and fields, ranking windows that leave a newest-first tail, both directions and several pages.
 * The same for the plan driven from the talks passing the other conditions (one scored walk of the matches among them).
 * Also: the whole library's facets counted by SQLite equal the ones counted from the postings.
 */
class IdSetPlansPropertiesTest {
    private static final String[] WORDS = {"python", "python", "python", "python", "data", "data", "web", "async",
        "typing", "rust"};
    private static final String[] TOPICS = {"python", "python/typing", "web", "data"};

    private static RandomLibrary lib;
    private static Database db;
    private static QueryCompiler compiler;

    @BeforeContainer
    static void open() throws IOException {
        lib = RandomLibrary.of("talkshelf-idsets", 11, 400, IdSetPlansPropertiesTest::talk);
        db = lib.db;
        compiler = new QueryCompiler(lib.clock, name -> Optional.empty());
    }

    /** Two of the words in the title, most often "python"; a description of two more in two talks of three. */
    private static Talk talk(Random rnd, int i) {
        String title = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " talk " + i;
        String description = rnd.nextInt(3) == 0 ? null
                : "about " + WORDS[rnd.nextInt(WORDS.length)] + " and " + WORDS[rnd.nextInt(WORDS.length)];
        return RandomLibrary.withRandomColumns(rnd, Talk.titled(title).withDescription(description)
                .withSpeakers(List.of(rnd.nextBoolean() ? "Ada Lovelace" : "Grace Hopper"))
                .withEvent(rnd.nextBoolean() ? "PyCon " + (2015 + rnd.nextInt(4)) : null)
                .withTags(rnd.nextBoolean() ? List.of(TOPICS[rnd.nextInt(TOPICS.length)]) : List.of()), 3, 400);
    }

    @AfterContainer
    static void close() throws IOException {
        lib.close();
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> words = Arbitraries.of("python", "data", "python data", "py", "web or async", "python -rust",
                "title:python", "\"python data\"");
        Arbitrary<String> field = Arbitraries.of("year:2019", "year:2016..2021", "status:unwatched", "status:watched",
                "duration:<30m", "duration:20m..45m", "rating:>=3", "tag:python", "speaker:ada", "event:pycon",
                "has:description", "-tag:web", "(year:2020 or status:skipped)");
        return Combinators.combine(words, field.list().ofMinSize(1).ofMaxSize(2))
                .as((w, fields) -> w + " " + String.join(" ", fields));
    }

    @Property(tries = 60)
    void idSetsRankLikeTheWalkOfTheMatches(@ForAll("queries") String text, @ForAll("windows") int window) {
        TalkSearch walk = new TalkSearch(db, window * 2, Integer.MAX_VALUE, Integer.MAX_VALUE);
        TalkSearch idSets = new TalkSearch(db, window * 2, 0, 0).withCandidatesScoredMax(0);
        assertPlansAgree(text, window, walk, idSets);
    }

    @Property(tries = 60)
    void candidatesDrivenPlanRanksLikeTheWalkOfTheMatches(@ForAll("queries") String text, @ForAll("windows") int window) {
        TalkSearch walk = new TalkSearch(db, window * 2, Integer.MAX_VALUE, Integer.MAX_VALUE);
        TalkSearch fromCandidates = new TalkSearch(db, window * 2, 0, 0).withCandidatesScoredMax(Integer.MAX_VALUE);
        assertPlansAgree(text, window, walk, fromCandidates);
    }

    private static void assertPlansAgree(String text, int window, TalkSearch walk, TalkSearch idSets) {
        CompiledQuery q = compiler.compile(text);
        for (boolean reversed : List.of(false, true)) {
            SearchRequest whole = new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, reversed, null, 0, 1_000);
            SearchResult expected = walk.page(whole);
            assertEquals(expected, idSets.page(whole), text + (reversed ? " reversed" : ""));
            for (int offset : List.of(0, window - 1, window + 3, 2 * window + 5)) {
                SearchRequest r = new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, reversed, null, offset, 9);
                SearchResult page = idSets.page(r);
                assertEquals(walk.page(r), page, text + " @" + offset + (reversed ? " reversed" : ""));
                List<?> all = expected.ids();
                assertEquals(all.subList(Math.min(offset, all.size()), Math.min(offset + 9, all.size())), page.ids(),
                        "a page is a slice of the whole list: " + text + " @" + offset);
            }
        }
    }

    @Provide
    Arbitrary<Integer> windows() {
        return Arbitraries.of(2, 10, 40, 150);
    }

    @Property(tries = 10)
    void wholeLibraryFacetsCountedBySqliteEqualTheOnesFromThePostings(@ForAll("queries") String narrowing) {
        Facets counted = new FacetStore(db).facets(TalkFilter.ALL);
        FacetStore withPostings = new FacetStore(db);
        withPostings.facets(compiler.compile(narrowing).filter()); // loads the postings
        assertEquals(withPostings.facets(TalkFilter.ALL), counted);
        List<Long> topTotals = new ArrayList<>();
        counted.speakers().forEach(s -> topTotals.add(s.count()));
        assertEquals(400L, topTotals.stream().mapToLong(Long::longValue).sum(), "every talk has one speaker");
    }
}
