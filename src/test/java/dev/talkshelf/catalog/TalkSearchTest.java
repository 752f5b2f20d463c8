package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TalkSearchTest {
    private static final FullText PYTHON = FullText.prefix("python");

    @TempDir
    Path dir;
    Database db;
    TalkStore talks;
    final List<TalkId> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.talkshelf"));
        talks = new TalkStore(db, Clock.systemUTC());
        // Oldest first; the last one has the strongest match (the word in a short title).
        for (int i = 0; i < 7; i++) {
            ids.add(talks.insert(Talk.titled("Talk " + i).withDescription("a description about python and more words " + i), null));
        }
        ids.add(talks.insert(Talk.titled("Python"), null));
        talks.insert(Talk.titled("Unrelated"), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SearchResult page(TalkSearch search, FullText match, TalkFilter filter, int offset, int limit) {
        return search.page(new SearchRequest(filter, match, SortKey.RELEVANCE, false, null, offset, limit));
    }

    @Test
    void manyMatchesListTheTitleMatchesFirstThenTheOthersNewestFirst() {
        TalkSearch search = new TalkSearch(db, 3);
        SearchResult first = page(search, PYTHON, TalkFilter.fullText(PYTHON), 0, 4);
        assertEquals(8, first.total());
        assertEquals(List.of(ids.get(7), ids.get(6), ids.get(5), ids.get(4)), first.ids());
    }

    @Test
    void anOldTalkWithTheWordInItsTitleComesBeforeNewerOnesThatOnlyMentionIt() {
        // What a user searching "python" in a large library expects: "Python" in the title first, though it is the
        // oldest, whether the word is kept or read from the search index.
        TalkId titled = ids.get(7);
        for (int i = 0; i < 5; i++) {
            ids.add(talks.insert(Talk.titled("Newer " + i).withDescription("uses python"), null));
        }
        for (TalkSearch search : List.of(new TalkSearch(db, 3), new TalkSearch(db, 3).withKeepMinMatches(1))) {
            for (int run = 0; run < 2; run++) { // the second run reads the kept word's bitmaps
                SearchResult r = page(search, PYTHON, TalkFilter.fullText(PYTHON), 0, 3);
                assertEquals(13, r.total());
                assertEquals(List.of(titled, ids.get(12), ids.get(11)), r.ids());
                SearchResult reversed = search.page(new SearchRequest(TalkFilter.fullText(PYTHON), PYTHON, SortKey.RELEVANCE,
                        true, null, 11, 5));
                assertEquals(List.of(ids.get(12), titled), reversed.ids(), "reversed: the whole list backwards");
            }
        }
        assertEquals(List.of("python"), db.read(KeptWords::words));
    }

    @Test
    void pagesThroughTheWindowAndBeyondWithoutGapsOrRepeats() {
        TalkSearch search = new TalkSearch(db, 3);
        List<TalkId> all = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 2) {
            all.addAll(page(search, PYTHON, TalkFilter.fullText(PYTHON), offset, 2).ids());
        }
        assertEquals(8, all.size());
        assertEquals(8, new HashSet<>(all).size());
    }

    @Test
    void fewMatchesAreAllScored() {
        SearchResult r = page(new TalkSearch(db), PYTHON, TalkFilter.fullText(PYTHON), 0, 10);
        assertEquals(ids.get(7), r.ids().get(0));
        assertEquals(8, r.ids().size());
    }

    @Test
    void wordsWithAFilterScoreOnlyTalksThatPass() {
        TalkFilter filter = TalkFilter.fullText(PYTHON).and(TalkFilter.of("t.title <> ?", "Python"));
        SearchResult r = page(new TalkSearch(db, 3), PYTHON, filter, 0, 10);
        assertEquals(7, r.total());
        assertEquals(7, r.ids().size());
    }

    @Test
    void wordsWithAFilterPassedByManyListTheTitleMatchesFirstThenTheOthersNewestFirst() {
        // Talks 0..6 and "Python" match; the filter leaves out talk 5. With at most 3 scored: "Python" (the only title
        // match), then 6, 4, 3, 2, 1, 0, newest first.
        TalkFilter filter = TalkFilter.fullText(PYTHON).and(TalkFilter.of("t.id <> ?", ids.get(5).value()));
        for (TalkSearch search : List.of(new TalkSearch(db, 3, Integer.MAX_VALUE, Integer.MAX_VALUE),
                new TalkSearch(db, 3, 0, 0), new TalkSearch(db, 3, 0, 0).withCandidatesScoredMax(0))) {
            List<TalkId> all = new ArrayList<>();
            for (int offset = 0; offset < 9; offset += 2) {
                SearchResult r = page(search, PYTHON, filter, offset, 2);
                assertEquals(7, r.total());
                all.addAll(r.ids());
            }
            assertEquals(List.of(ids.get(7), ids.get(6), ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)), all);
        }
    }

    @Test
    void sortingByAnotherKeyStillAppliesTheWords() {
        SearchResult r = new TalkSearch(db).page(new SearchRequest(TalkFilter.fullText(PYTHON), PYTHON, SortKey.TITLE,
                false, null, 0, 3));
        assertEquals(8, r.total());
        assertEquals(ids.get(7), r.ids().get(0));
    }

    @Test
    void everyPlanFindsTheSameTalksInTheSameOrder() {
        for (int i = 0; i < 12; i++) {
            talks.insert(Talk.titled("More python " + i).withYear(2018 + i % 3)
                    .withDuration(i % 4 == 0 ? null : Duration.ofMinutes(10 + i % 5)), null);
        }
        // Word-driven plans only, against filter-first and index walks for any number of matches.
        TalkSearch wordDriven = new TalkSearch(db, 1_000, Integer.MAX_VALUE, Integer.MAX_VALUE);
        TalkSearch filterFirst = new TalkSearch(db, 1_000, 0, 0);
        TalkFilter words = TalkFilter.fullText(PYTHON);
        TalkFilter wordsAndYear = words.and(TalkFilter.of("t.year >= ?", 2019));
        for (TalkFilter filter : List.of(words, wordsAndYear)) {
            for (SortKey sort : List.of(SortKey.RELEVANCE, SortKey.ADDED, SortKey.TITLE, SortKey.DURATION, SortKey.YEAR,
                    SortKey.LAST_WATCHED)) {
                for (boolean reversed : List.of(false, true)) {
                    for (int offset : List.of(0, 5)) {
                        SearchRequest r = new SearchRequest(filter, PYTHON, sort, reversed, null, offset, 6);
                        assertEquals(wordDriven.page(r), filterFirst.page(r), sort + (reversed ? " reversed " : " ") + filter);
                    }
                }
            }
        }
    }

    @Test
    void aOneLetterPrefixReadInOnePassListsWhatTheTwoPassPlanLists() {
        // In this library the only word starting with "p" is "python": the same matches, the same scores.
        FullText p = FullText.prefix("p");
        assertEquals(true, new TalkFilter.Words(p).hasOneLetterPrefix());
        assertEquals(false, new TalkFilter.Words(PYTHON).hasOneLetterPrefix());
        for (TalkSearch search : List.of(new TalkSearch(db, 3), new TalkSearch(db))) {
            for (boolean reversed : List.of(false, true)) {
                for (int offset : List.of(0, 2, 3, 5, 9)) {
                    assertEquals(search.page(new SearchRequest(TalkFilter.fullText(PYTHON), PYTHON, SortKey.RELEVANCE, reversed,
                                    null, offset, 2)),
                            search.page(new SearchRequest(TalkFilter.fullText(p), p, SortKey.RELEVANCE, reversed, null, offset, 2)),
                            offset + (reversed ? " reversed" : ""));
                }
            }
        }
    }

    @Test
    void negatedWordsAloneCountTheRestOfTheLibrary() {
        TalkSearch search = new TalkSearch(db);
        TalkFilter notPython = TalkFilter.notFullText(PYTHON);
        SearchResult r = search.page(new SearchRequest(notPython, null, SortKey.ADDED, false, null, 0, 10));
        assertEquals(1, r.total());
        assertEquals(List.of(TalkId.of(ids.get(ids.size() - 1).value() + 1)), r.ids());
        assertEquals(1, search.count(notPython));
    }

    @Test
    void aTopicAloneIsCountedFromItsOwnIndexEntries() {
        talks.insert(Talk.titled("Typed").withTags(List.of("python/typing")), null);
        talks.insert(Talk.titled("Both").withTags(List.of("python", "python/typing")), null);
        TalkSearch search = new TalkSearch(db);
        assertEquals(2, search.count(TalkFilter.inTopicTree("python")));
        assertEquals(1, search.count(TalkFilter.inTopic("python")));
        assertEquals(0, search.count(TalkFilter.inTopicTree("rust")));
        assertEquals(1, search.count(TalkFilter.inTopicTree("python").and(TalkFilter.of("t.title = ?", "Both"))));
        assertEquals(0, search.count(TalkFilter.inTopic("python/typing").and(TalkFilter.of("t.year = ?", 2020))));
        SearchResult tree = search.page(new SearchRequest(TalkFilter.inTopicTree("python/typing"), null, SortKey.ADDED, false,
                null, 0, 10));
        assertEquals(2, tree.total());
        assertEquals(2, tree.ids().size());
    }

    @Test
    void aTopicWithConditionsPagesLikeAPlainWalkOfTheNarrowIndex() {
        for (int i = 0; i < 14; i++) {
            talks.insert(Talk.titled("Tagged " + i).withYear(2018 + i % 3)
                    .withTags(List.of(i % 4 == 0 ? "rust" : "python/typing")), null);
        }
        TalkSearch search = new TalkSearch(db);
        // The general page walk and count, without the plans for particular shapes.
        TalkSearch general = new TalkSearch(db, TalkSearch.EXACT_RANK_MAX, TalkSearch.FILTER_FIRST_MIN,
                TalkSearch.INDEX_WALK_MIN, false);
        TalkFilter onePass = TalkFilter.of("t.year >= ?", 2019).and(TalkFilter.inTopicTree("python"));
        for (SortKey sort : List.of(SortKey.RELEVANCE, SortKey.ADDED)) {
            for (boolean reversed : List.of(false, true)) {
                for (int offset : List.of(0, 3, 20)) {
                    SearchResult expected = general.page(new SearchRequest(onePass, null, sort, reversed, null, offset, 4));
                    SearchResult actual = search.page(new SearchRequest(onePass, null, sort, reversed, null, offset, 4));
                    assertEquals(expected, actual, sort + (reversed ? " reversed " : " ") + offset);
                }
            }
        }
        assertEquals(7, search.page(new SearchRequest(onePass, null, SortKey.ADDED, false, null, 0, 4)).total());
    }
}
