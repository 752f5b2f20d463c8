package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import dev.talkshelf.query.SpeakerTermsCompiler;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every plan finds the same talks in the same order, for generated queries of words, phrases, prefixes, fields (speaker
 * words from the speakers' own index among them), topics, negations and {@code or}, on a real library: the plans driven
 * by the words, the ones that evaluate the filter first and walk a sort index, the ones for particular shapes (a topic
 * beside columns, a topic, a speaker or a negation alone), and plain SQLite over the filter's SQL as the reference. The
 * order the terms are typed in changes nothing, and a speaker word finds what it found in the talks' index.
 */
class SearchPlansPropertiesTest {
    private static final String[] TOPICS = {"python", "python/typing", "python/async", "web", "web/django", "data"};
    private static final String[] WORDS = {"python", "django", "flask", "data", "async", "typing", "web", "testing"};
    /** Names with stroked and accented letters, apostrophes and hyphens; a talk has one to three of them. */
    private static final String[] SPEAKERS = {"Ada Lovelace", "Grace Hopper", "Łukasz Langa", "Jiří Šindelář",
            "Çağil Uluşahin", "Conan O'Brien", "Jean-Luc Picard", "Langa Jiri", "Anna Al-Amin", "Bo 2nd"};
    /** speaker: terms of one word (the speakers' index) and of more (the talks' index, a phrase across two names too). */
    private static final String[] SPEAKER_TERMS = {"speaker:a", "speaker:g", "speaker:l", "speaker:al", "speaker:la",
            "speaker:lovelace", "speaker:\"langa\"", "speaker:lan", "speaker:Łuk", "speaker:lukasz", "speaker:šind",
            "speaker:sindelar", "speaker:JIRI", "speaker:cagil", "speaker:ç", "speaker:o", "speaker:brien",
            "speaker:o'brien", "speaker:jean-luc", "speaker:luc", "speaker:2", "speaker:2nd", "speaker:\"Łukasz Langa\"",
            "speaker:\"langa jiri\"", "speaker:\"sindelar lukasz\"", "speaker:\"a\"", "speaker:zz"};

    private static RandomLibrary lib;
    private static Database db;
    private static QueryCompiler compiler;
    /** Every speaker: term in the talks' index, as before the speakers' own index. */
    private static QueryCompiler inTalkIndex;
    private static List<TalkSearch> plans;
    /** With a ranking window of 3: the bounded plans, word-driven and filter-first. */
    private static List<TalkSearch> windowed;

    @BeforeContainer
    static void open() throws IOException {
        lib = RandomLibrary.of("talkshelf-plans", 7, 80, SearchPlansPropertiesTest::talk);
        db = lib.db;
        Clock clock = lib.clock;
        compiler = new QueryCompiler(clock, name -> Optional.empty());
        inTalkIndex = SpeakerTermsCompiler.inTalkIndex(clock, name -> Optional.empty());
        plans = List.of(
                new TalkSearch(db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true),
                new TalkSearch(db, 1_000, Integer.MAX_VALUE, Integer.MAX_VALUE, true),
                new TalkSearch(db, 1_000, 0, 0, true),
                new TalkSearch(db, 1_000, Integer.MAX_VALUE, Integer.MAX_VALUE, false),
                new TalkSearch(db, 1_000, 0, 0, false),
                new TalkSearch(db, 1_000, 0, 0, true).withCandidatesScoredMax(0),
                new TalkSearch(db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true).withIdListMax(0));
        windowed = List.of(new TalkSearch(db, 3, Integer.MAX_VALUE, Integer.MAX_VALUE, true), new TalkSearch(db, 3, 0, 0, true),
                new TalkSearch(db, 3, 0, 0, true).withCandidatesScoredMax(0));
    }

    /** Words in the title and maybe the description, one to three speakers, up to two topics, every column. */
    private static Talk talk(Random rnd, int i) {
        String title = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " talk " + i;
        String description = rnd.nextBoolean() ? "about " + WORDS[rnd.nextInt(WORDS.length)] + " and machine learning" : null;
        List<String> tags = new ArrayList<>();
        for (int k = rnd.nextInt(3); k > 0; k--) {
            tags.add(TOPICS[rnd.nextInt(TOPICS.length)]);
        }
        return RandomLibrary.withRandomColumns(rnd, Talk.titled(title).withDescription(description)
                .withSpeakers(speakers(rnd))
                .withMedia(rnd.nextInt(4) == 0 ? null : "/v/" + i + ".mp4")
                .withTags(tags), 3, 400);
    }

    private static List<String> speakers(Random rnd) {
        List<String> names = new ArrayList<>();
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            names.add(SPEAKERS[rnd.nextInt(SPEAKERS.length)]);
        }
        return names;
    }

    @AfterContainer
    static void close() throws IOException {
        lib.close();
    }

    @Provide
    Arbitrary<String> terms() {
        Arbitrary<String> simple = Arbitraries.oneOf(
                Arbitraries.of(WORDS),
                Arbitraries.of("pyth", "dj", "\"machine learning\"", "title:talk", "title:web"),
                Arbitraries.of(SPEAKER_TERMS),
                Arbitraries.of(TOPICS).map(t -> "tag:" + t),
                Arbitraries.of("tag:=python", "tag:=web/django", "tag:nothing"),
                Arbitraries.of("year:2019", "year:2017..2020", "year:2020..2017", "year:>=2020", "year:..2016"),
                Arbitraries.of("status:watched", "status:unwatched", "status:in-progress", "status:skipped"),
                Arbitraries.of("duration:<30m", "duration:>=45m", "duration:1h..20m", "rating:>=3", "rating:5..2",
                        "has:media", "has:rating", "has:description", "added:<60d",
                        "added:2025-03-01..2024-12-01"));
        Arbitrary<String> maybeNegated = Combinators.combine(simple, Arbitraries.integers().between(0, 3))
                .as((t, n) -> n == 0 ? "-" + t : t);
        Arbitrary<String> either = Combinators.combine(maybeNegated, maybeNegated).as((a, b) -> "(" + a + " or " + b + ")");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, maybeNegated), net.jqwik.api.Tuple.of(1, either));
    }

    @Provide
    Arbitrary<List<String>> conjunctions() {
        return terms().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 80)
    void everyPlanFindsWhatPlainSqliteFinds(@ForAll("conjunctions") List<String> terms) {
        String text = String.join(" ", terms);
        CompiledQuery q = compiler.compile(text);
        Set<TalkId> reference = reference(q.filter());
        assertEquals(reference, reference(q.filter().probeSql(), q.filter().params()), "checked talk by talk: " + text);
        for (SortKey sort : List.of(SortKey.RELEVANCE, SortKey.ADDED, SortKey.TITLE, SortKey.DURATION, SortKey.YEAR)) {
            // Reversed too where the reversed order is walked differently (relevance; year and title: not from an index).
            for (boolean reversed : sort == SortKey.ADDED || sort == SortKey.DURATION ? List.of(false) : List.of(false, true)) {
                SearchResult all = plans.get(0).page(new SearchRequest(q.filter(), q.rankMatch(), sort, reversed, null, 0, 1_000));
                assertEquals(reference, new HashSet<>(all.ids()), text + " " + sort);
                assertEquals(reference.size(), all.total(), text + " " + sort);
                assertEquals(all.ids().size(), new HashSet<>(all.ids()).size(), "no talk twice: " + text);
                for (int offset : List.of(0, 5)) {
                    SearchRequest r = new SearchRequest(q.filter(), q.rankMatch(), sort, reversed, null, offset, 7);
                    SearchResult expected = plans.get(0).page(r);
                    assertEquals(all.ids().subList(Math.min(offset, all.ids().size()), Math.min(offset + 7, all.ids().size())),
                            expected.ids(), "a page is a slice of the whole list: " + text + " " + sort);
                    for (TalkSearch plan : plans.subList(1, plans.size())) {
                        assertEquals(expected, plan.page(r), text + " " + sort + (reversed ? " reversed" : "") + " @" + offset);
                    }
                    for (TalkSearch w : windowed.subList(1, windowed.size())) {
                        assertEquals(windowed.get(0).page(r), w.page(r), "windowed: " + text + " " + sort + " @" + offset);
                    }
                }
            }
        }
        for (TalkSearch plan : plans) {
            assertEquals(reference.size(), plan.count(q.filter()), text);
        }
        assertEquals(reference.size(), new FacetStore(db).facets(q.filter()).total(), "facets: " + text);
        assertEquals(lib.referenceProgress(q.filter()), new PlaylistStore(db, Clock.systemUTC()).progress(q.filter()), "progress: " + text);
        // Word matches beside a broad filter, each checked on the narrow index or all read and the filter's complement
        // removed from them (the library is too small for the real bound to be passed).
        for (int checkedMax : List.of(0, Integer.MAX_VALUE)) {
            BitSet ids = db.read(c -> TalkSearch.idSet(c, q.filter(), checkedMax));
            assertEquals(reference, ids.stream().mapToObj(TalkId::of).collect(Collectors.toSet()), "id set, " + checkedMax + ": " + text);
        }
        // The complement of a filter on narrow columns is exactly the talks the filter leaves out.
        TalkFilter rest = q.filter().withoutWords();
        rest.complement().ifPresent(complement -> {
            Set<TalkId> leftOut = reference(TalkFilter.ALL);
            leftOut.removeAll(reference(rest));
            assertEquals(leftOut, reference(complement), "complement: " + text);
        });
    }

    @Property(tries = 150)
    void speakerTermsFindWhatTheTalksIndexFound(@ForAll("conjunctions") List<String> terms) {
        String text = String.join(" ", terms);
        CompiledQuery q = compiler.compile(text);
        CompiledQuery old = inTalkIndex.compile(text);
        assertEquals(reference(old.filter()), reference(q.filter()), text);
        SearchRequest r = new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, false, null, 0, 1_000);
        assertEquals(reference(old.filter()), new HashSet<>(plans.get(0).page(r).ids()), text);
    }

    @Property(tries = 150)
    void theOrderOfTermsChangesNothing(@ForAll("conjunctions") List<String> terms, @ForAll Random random) {
        List<String> shuffled = new ArrayList<>(terms);
        Collections.shuffle(shuffled, random);
        CompiledQuery typed = compiler.compile(String.join(" ", terms));
        CompiledQuery other = compiler.compile(String.join(" ", shuffled));
        assertEquals(typed.filter(), other.filter(), terms + " / " + shuffled);
        for (SortKey sort : List.of(SortKey.ADDED, SortKey.TITLE)) {
            SearchRequest a = new SearchRequest(typed.filter(), typed.rankMatch(), sort, false, null, 0, 10);
            SearchRequest b = new SearchRequest(other.filter(), other.rankMatch(), sort, false, null, 0, 10);
            assertEquals(plans.get(0).page(a), plans.get(0).page(b), terms + " / " + shuffled);
        }
    }

    /** The talks plain SQLite finds for the filter's SQL, with no plan of ours. */
    private static Set<TalkId> reference(TalkFilter filter) {
        return reference(filter.sql(), filter.params());
    }

    private static Set<TalkId> reference(String sql, List<Object> params) {
        return db.read(c -> {
            Set<TalkId> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM talk t WHERE " + sql)) {
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(TalkId.of(rs.getLong(1)));
                    }
                }
            }
            return ids;
        });
    }
}
