package dev.talkshelf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.catalog.FullText;
import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.SortKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryCompilerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Playlist> PLAYLISTS = Map.of(
            "later", new Playlist(1, "Later", null),
            "loop", new Playlist(2, "Loop", "python playlist:Loop"),
            "broken", new Playlist(3, "Broken", "(python"));
    private final QueryCompiler compiler = new QueryCompiler(CLOCK,
            name -> Optional.ofNullable(PLAYLISTS.get(name.toLowerCase(Locale.ROOT))));

    /** The same condition as SQL and parameters (the compiler's guesses of selectivity aside). */
    private static void assertSameSql(TalkFilter expected, TalkFilter actual) {
        assertEquals(expected.sql(), actual.sql());
        assertEquals(expected.params(), actual.params());
    }

    private String message(String query) {
        return assertThrows(QueryException.class, () -> compiler.compile(query)).getMessage();
    }

    @Test
    void wordsBecomeOneQuotedPrefixExpression() {
        CompiledQuery q = compiler.compile("rust python");
        assertEquals("(\"python\"*) AND (\"rust\"*)", q.rankMatch().fts(), "in one order whatever the order typed");
        assertEquals(TalkFilter.fullText(q.rankMatch()), q.filter());
        assertEquals(SortKey.RELEVANCE, q.defaultSort());
    }

    @Test
    void aRatingIsGuessedAsAShareOfTheFewRatedTalks() {
        // A fifth of the rated 5 % a value, whatever the comparison: rating:>=4 was guessed at half the library.
        assertEquals(0.02, compiler.compile("rating:>=4").filter().selectivity(), 1e-9);
        assertEquals(0.02, compiler.compile("rating:>3").filter().selectivity(), 1e-9);
        assertEquals(0.01, compiler.compile("rating:5").filter().selectivity(), 1e-9);
        assertEquals(0.03, compiler.compile("rating:<=3").filter().selectivity(), 1e-9);
        assertEquals(0.02, compiler.compile("rating:2..3").filter().selectivity(), 1e-9);
        assertEquals(0.03, compiler.compile("rating:..3").filter().selectivity(), 1e-9);
        assertEquals(0.0, compiler.compile("rating:<1").filter().selectivity(), 1e-9);
        assertEquals(0.05, compiler.compile("has:rating").filter().selectivity(), 1e-9);
        // So it is tried before a year, which a sixteenth of a library has.
        assertEquals("t.rating >= ?", compiler.compile("year:2019 rating:>=4").filter().ownIndexParts().get(0).sql());
    }

    @Test
    void quotesInsideTermsAreDoubledSoTheyStayText() {
        CompiledQuery q = compiler.compile("say\"NEAR(\"");
        assertEquals("(\"NEAR(\") AND (\"say\"*)", q.rankMatch().fts());
    }

    @Test
    void ftsOperatorWordsFromUsersAreQuotedTerms() {
        assertEquals("\"NEAR\"*", compiler.compile("NEAR").rankMatch().fts());
    }

    @Test
    void negatedWordJoinsTheTextExpression() {
        CompiledQuery q = compiler.compile("python -django");
        assertEquals(TalkFilter.fullText(new FullText.Without(FullText.prefix("python"), FullText.prefix("django"))), q.filter());
        assertEquals("(\"python\"*) NOT (\"django\"*)", q.rankMatch().fts());
    }

    @Test
    void negationAloneExcludesMatches() {
        CompiledQuery q = compiler.compile("-django");
        assertTrue(q.filter().sql().contains("NOT IN"), q.filter().sql());
        assertNull(q.rankMatch());
        assertEquals(SortKey.ADDED, q.defaultSort());
    }

    @Test
    void aPrefixNeedsTwoLettersInItsLastWord() {
        assertEquals("\"c\"", compiler.compile("c").rankMatch().fts(), "one letter is a whole word: C, not every word with c");
        assertEquals("\"cy\"*", compiler.compile("cy").rankMatch().fts());
        assertEquals("\"c++\"", compiler.compile("c++").rankMatch().fts(), "punctuation after the letter changes nothing");
        assertEquals("\"free-t\"", compiler.compile("free-t").rankMatch().fts(), "the star applies to the last word");
        assertEquals("\"free-th\"*", compiler.compile("free-th").rankMatch().fts());
        assertEquals("\"É\"", compiler.compile("É").rankMatch().fts(), "an accented letter is one letter");
        assertEquals("\"Lu\"*", compiler.compile("Łu").rankMatch().fts(), "a stroke letter folded is still one letter");
        assertEquals("\"7\"", compiler.compile("7").rankMatch().fts());
        assertEquals("{title} : (\"a\")", compiler.compile("title:a").rankMatch().fts());
        assertEquals("{event} : (\"py\"*)", compiler.compile("event:py").rankMatch().fts());
        assertEquals("(\"python\"*) AND (\"r\")", compiler.compile("python r").rankMatch().fts());
    }

    @Test
    void lastWordLengthCountsLettersOfTheWordTheStarWouldTake() {
        assertEquals(0, QueryCompiler.lastWordLength("++"));
        assertEquals(1, QueryCompiler.lastWordLength("c++"));
        assertEquals(2, QueryCompiler.lastWordLength("python 3.12"));
        assertEquals(1, QueryCompiler.lastWordLength("e\u0301"), "a letter and its combining accent");
        assertEquals(6, QueryCompiler.lastWordLength("rust's python"));
    }

    @Test
    void textFieldsFilterTheirColumn() {
        assertEquals("{title} : (\"async\"*)", compiler.compile("title:async").rankMatch().fts());
        assertEquals("{speakers} : (\"David Hewitt\")", compiler.compile("speaker:\"David Hewitt\"").rankMatch().fts());
    }

    @Test
    void aSpeakerWordIsLookedUpInTheSpeakersIndexAndDoesNotRank() {
        CompiledQuery q = compiler.compile("speaker:a");
        assertEquals(TalkFilter.of(new TalkFilter.Speaker("a", true)), q.filter());
        assertEquals(List.of("\"a\"*"), q.filter().params());
        assertNull(q.rankMatch());
        assertEquals(SortKey.ADDED, q.defaultSort(), "newest first, as other fields alone");
    }

    @Test
    void aQuotedSpeakerWordIsWholeAndStrokedLettersAreFolded() {
        assertEquals(TalkFilter.of(new TalkFilter.Speaker("langa", false)), compiler.compile("speaker:\"langa\"").filter());
        assertEquals(TalkFilter.of(new TalkFilter.Speaker("Lukasz", true)), compiler.compile("speaker:Łukasz").filter());
        assertEquals(TalkFilter.of(new TalkFilter.Speaker("Šindelář", true)), compiler.compile("speaker:Šindelář").filter(),
                "the index's tokenizer takes other diacritics off");
    }

    @Test
    void wordsBesideASpeakerWordRankAlone() {
        CompiledQuery q = compiler.compile("python speaker:a");
        assertEquals("\"python\"*", q.rankMatch().fts());
        assertEquals(TalkFilter.fullText(FullText.prefix("python")).and(TalkFilter.of(new TalkFilter.Speaker("a", true))), q.filter());
    }

    @Test
    void speakerTextOfMoreThanOneWordStaysAPhraseOfTheTalksIndex() {
        // A phrase there can run from one speaker's name into the next, which no row of the speakers' index holds.
        assertEquals("{speakers} : (\"o'brien\"*)", compiler.compile("speaker:o'brien").rankMatch().fts());
        assertEquals("{speakers} : (\"jean-luc\"*)", compiler.compile("speaker:jean-luc").rankMatch().fts());
        assertEquals("{speakers} : (\"Langa Jiri\")", compiler.compile("speaker:\"Langa Jiri\"").rankMatch().fts());
    }

    @Test
    void aNegatedSpeakerWordKeepsWhatItLeavesOut() {
        TalkFilter speaker = TalkFilter.of(new TalkFilter.Speaker("a", true));
        TalkFilter q = compiler.compile("-speaker:a").filter();
        assertEquals(speaker.not(), q);
        assertEquals(Optional.of(speaker), q.complement());
    }

    @Test
    void theOldCompilerSearchesEverySpeakerTermInTheTalksIndex() {
        QueryCompiler old = SpeakerTermsCompiler.inTalkIndex(CLOCK, name -> Optional.empty());
        assertEquals("{speakers} : (\"a\"*)", old.compile("speaker:a").rankMatch().fts());
    }

    @Test
    void filterOnlyQueryHasNoRankingAndSortsNewestFirst() {
        CompiledQuery q = compiler.compile("year:2020");
        assertNull(q.rankMatch());
        assertFalse(q.hasWords());
        assertSameSql(TalkFilter.of("t.year = ?", 2020L), q.filter());
    }

    @Test
    void wordsMixedWithFiltersRankByTheExpressionEveryResultMatches() {
        CompiledQuery q = compiler.compile("python year:2020 -rust");
        assertEquals("(\"python\"*) NOT (\"rust\"*)", q.rankMatch().fts());
        assertEquals(List.of("(\"python\"*) NOT (\"rust\"*)", 2020L), q.filter().params());
        assertEquals(Optional.of(q.rankMatch()), q.filter().words());
        assertSameSql(TalkFilter.of("t.year = ?", 2020L), q.filter().withoutWords());
    }

    @Test
    void wordsUnderOrWithAFieldRankByAnyWord() {
        CompiledQuery q = compiler.compile("python or year:2020");
        assertEquals("(\"python\"*)", q.rankMatch().fts());
    }

    @Test
    void userTextNeverReachesTheSql() {
        CompiledQuery q = compiler.compile("title:\"'; DROP TABLE talk; --\" tag:\"x') OR 1=1 --\"");
        assertFalse(q.filter().sql().contains("DROP"));
        assertFalse(q.filter().sql().contains("1=1"));
    }

    @Test
    void yearRangeIsInclusive() {
        assertSameSql(TalkFilter.of("t.year BETWEEN ? AND ?", 2015L, 2019L), compiler.compile("year:2015..2019").filter());
    }

    @Test
    void reversedRangesMeanTheSameAsTheirEndsSwapped() {
        for (String[] pair : new String[][] {{"year:2020..2015", "year:2015..2020"}, {"rating:5..2", "rating:2..5"},
                {"duration:1h..20m", "duration:20m..1h"}, {"added:2024-06-30..2024-01-01", "added:2024-01-01..2024-06-30"}}) {
            assertEquals(compiler.compile(pair[1]).filter(), compiler.compile(pair[0]).filter(), pair[0]);
        }
    }

    @Test
    void theOrderOfTermsDoesNotChangeTheFilter() {
        assertEquals(compiler.compile("tag:python year:2020").filter(), compiler.compile("year:2020 tag:python").filter());
        assertEquals(compiler.compile("python -rust status:watched tag:web").filter(),
                compiler.compile("tag:web status:watched -rust python").filter());
    }

    @Test
    void aTopicBesideColumnConditionsIsKeptAsATopic() {
        TalkFilter f = compiler.compile("year:2020 duration:<30m tag:=python/typing").filter();
        assertEquals(Optional.of(new TalkFilter.Topic("python/typing", false)), f.topic());
        assertEquals(TalkFilter.Reads.NARROW_COLUMNS, f.without(f.topic().orElseThrow()).reads());
    }

    @Test
    void durationUnderstandsHoursMinutesSeconds() {
        assertSameSql(TalkFilter.of("t.duration_ms < ?", 5_400_000L), compiler.compile("duration:<1h30m").filter());
        assertSameSql(TalkFilter.of("t.duration_ms >= ?", 90_000L), compiler.compile("duration:>=90s").filter());
    }

    @Test
    void addedAgeCountsBackFromTheClock() {
        long since = Instant.parse("2025-05-02T12:00:00Z").toEpochMilli();
        assertSameSql(TalkFilter.of("t.added >= ?", since), compiler.compile("added:<30d").filter());
    }

    @Test
    void addedTodayStartsAtMidnight() {
        long midnight = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
        assertSameSql(TalkFilter.of("t.added >= ? AND t.added < ?", midnight, midnight + 86_400_000L),
                compiler.compile("added:today").filter());
    }

    @Test
    void manualPlaylistIsRememberedForItsOrder() {
        assertEquals(1, compiler.compile("playlist:later").playlist().id());
    }

    @Test
    void smartPlaylistThatNamesItselfIsRefused() {
        assertEquals("playlist 'Loop' includes itself through its query at column 10", message("playlist:Loop"));
    }

    @Test
    void smartPlaylistWithABrokenQueryIsReported() {
        assertEquals("playlist 'Broken' has a query that cannot be read: missing ')' at column 8 at column 10",
                message("playlist:broken"));
    }

    @Test
    void unknownPlaylistIsReported() {
        assertEquals("no playlist named 'Nope' at column 11", message("playlist:\"Nope\""));
    }

    @Test
    void badStatusListsTheChoices() {
        assertEquals("status must be one of unwatched, in-progress, watched, skipped at column 8", message("status:foo"));
    }

    @Test
    void badYearIsReportedAtTheField() {
        assertEquals("year:abc is not a year at column 1", message("year:abc"));
    }

    @Test
    void badDurationIsReported() {
        assertEquals("duration:<soon is not a duration (like 90s, 30m, 1h30m) at column 3", message("a duration:<soon"));
    }

    @Test
    void anOverlongValueIsCutInTheMessageWhichStillSaysWhatIsWrongAndWhere() {
        String zeros = "1" + "0".repeat(1300);
        assertEquals("duration:<100000000000000000000000000000… is not a duration (like 90s, 30m, 1h30m) at column 3",
                message("a duration:<" + zeros + "m"));
        assertEquals("year:abcabcabcabcabcabcabcabcabcabcabcab… is not a year at column 1",
                message("year:" + "abc".repeat(400)));
    }

    @Test
    void badRatingIsReported() {
        assertEquals("rating:>=7 is not a rating (1 to 5) at column 1", message("rating:>=7"));
    }

    @Test
    void badAddedIsReported() {
        assertEquals("added:2024-13-01 is not a date (like 2024-01-01), an age (like 30d) or 'today' at column 1",
                message("added:2024-13-01"));
    }

    @Test
    void badHasListsTheChoices() {
        assertEquals("has: must be one of media, file, notes, description, rating at column 5", message("has:wings"));
    }

    @Test
    void comparingATextFieldIsReported() {
        assertEquals("'title:' does not compare with '>' at column 7", message("title:>a"));
    }

    @Test
    void halfOpenRangeIsReportedWhenBothEndsAreMissing() {
        assertEquals("year:.. is not a range (like a..b) at column 1", message("year:.."));
    }

    @Test
    void punctuationOnlyWordMatchesEverything() {
        assertEquals(TalkFilter.ALL, compiler.compile("+++").filter());
    }
}
