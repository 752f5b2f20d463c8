package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.FacetStore;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path dir;
    Database db;
    TalkStore talks;
    PlaylistStore playlists;
    SearchService search;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        db = Database.open(dir.resolve("library.talkshelf"), clock);
        talks = new TalkStore(db, clock);
        playlists = new PlaylistStore(db, clock);
        search = new SearchService(new TalkSearch(db), talks, new FacetStore(db), new dev.talkshelf.catalog.TalkAggregates(db), playlists,
                new dev.talkshelf.catalog.CueSearch(db), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A talk added a day ago, with nothing else known: tests add what they look for. */
    static Talk talk(String title) {
        return Talk.titled(title).withAdded(NOW.minus(Duration.ofDays(1)));
    }

    TalkId add(Talk t) {
        return talks.insert(t, null);
    }

    List<String> titles(String query) {
        return search.search(query, 0, 100).talks().stream().map(Talk::title).sorted().toList();
    }

    @Test
    void wordsOrAFieldListEveryResultByRelevance() {
        add(talk("Python"));
        add(talk("Other").withYear(2020));
        add(talk("Neither").withYear(2019));
        SearchPage page = search.search("python or year:2020", 0, 10);
        assertEquals(2, page.total());
        assertEquals(List.of("Python", "Other"), page.talks().stream().map(Talk::title).toList(),
                "the word's match first, then the rest");
    }

    @Test
    void aReversedRangeFindsWhatTheRangeFinds() {
        add(talk("Old").withYear(2014).withRating(2));
        add(talk("Mid").withYear(2017).withRating(4).withDuration(Duration.ofMinutes(25)));
        add(talk("New").withYear(2021).withDuration(Duration.ofMinutes(50)));
        assertEquals(List.of("Mid"), titles("year:2020..2015"));
        assertEquals(List.of("Mid", "Old"), titles("rating:5..1"));
        assertEquals(List.of("Mid"), titles("duration:40m..20m"));
        assertEquals(List.of("Mid", "New", "Old"), titles("added:2025-06-01..2025-05-01"));
    }

    @Test
    void wordFindsTitleSpeakerEventTagAndDescription() {
        add(talk("Rust for Pythonistas"));
        add(talk("Keynote").withSpeakers(List.of("Rusty Russell")));
        add(talk("Opening").withEvent("RustConf 2024"));
        add(talk("Borrowing").withTags(List.of("rust")));
        add(talk("Ownership").withDescription("why rust is safe"));
        add(talk("Unrelated"));
        assertEquals(List.of("Borrowing", "Keynote", "Opening", "Ownership", "Rust for Pythonistas"), titles("rust"));
    }

    @Test
    void wordsMatchAsPrefixes() {
        add(talk("Metaclasses Demystified"));
        assertEquals(List.of("Metaclasses Demystified"), titles("metaclas"));
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        add(talk("Typing").withSpeakers(List.of("Łukasz Langa")));
        add(talk("Café culture"));
        assertEquals(List.of("Typing"), titles("lukasz"));
        assertEquals(List.of("Typing"), titles("ŁUKASZ"));
        assertEquals(List.of("Café culture"), titles("cafe"));
    }

    @Test
    void phraseMatchesWordsInOrder() {
        add(talk("Machine learning at scale"));
        add(talk("Learning machine code"));
        assertEquals(List.of("Machine learning at scale"), titles("\"machine learning\""));
    }

    @Test
    void titleMatchesRankAboveDescriptionMatches() {
        add(talk("Gardening").withDescription("a long talk that mentions asyncio once among many other words here"));
        add(talk("Asyncio in depth"));
        assertEquals("Asyncio in depth", search.search("asyncio", 0, 10).talks().get(0).title());
    }

    @Test
    void negationAndOrCombine() {
        add(talk("Django tips"));
        add(talk("Flask tips"));
        add(talk("Python tips"));
        assertEquals(List.of("Flask tips", "Python tips"), titles("tips -django"));
        assertEquals(List.of("Django tips", "Flask tips"), titles("django or flask"));
        assertEquals(List.of("Flask tips"), titles("(django or flask) not django"));
    }

    @Test
    void speakerFieldMatchesOnlySpeakers() {
        add(talk("About David").withSpeakers(List.of("Someone Else")));
        add(talk("PyO3").withSpeakers(List.of("David Hewitt")));
        assertEquals(List.of("PyO3"), titles("speaker:\"David Hewitt\""));
    }

    @Test
    void tagFindsChildTopicsToo() {
        add(talk("GIL").withTags(List.of("python/free-threading")));
        add(talk("Basics").withTags(List.of("python")));
        add(talk("Rust").withTags(List.of("rust")));
        assertEquals(List.of("Basics", "GIL"), titles("tag:python"));
    }

    @Test
    void exactTagSkipsChildTopics() {
        add(talk("GIL").withTags(List.of("python/free-threading")));
        add(talk("Basics").withTags(List.of("python")));
        assertEquals(List.of("Basics"), titles("tag:=python"));
    }

    @Test
    void yearRangeIncludesBothEnds() {
        for (int y = 2014; y <= 2020; y++) {
            add(talk("T" + y).withYear(y));
        }
        assertEquals(List.of("T2015", "T2016", "T2017", "T2018", "T2019"), titles("year:2015..2019"));
        assertEquals(List.of("T2014"), titles("year:<2015"));
    }

    @Test
    void durationComparesLengths() {
        add(talk("Lightning").withDuration(Duration.ofMinutes(5)));
        add(talk("Regular").withDuration(Duration.ofMinutes(30)));
        add(talk("Tutorial").withDuration(Duration.ofMinutes(180)));
        assertEquals(List.of("Lightning"), titles("duration:<10m"));
        assertEquals(List.of("Tutorial"), titles("duration:>1h30m"));
        assertEquals(List.of("Regular"), titles("duration:20m..45m"));
    }

    @Test
    void statusAndRatingFilter() {
        add(talk("Seen").withWatch(WatchState.UNWATCHED.withStatus(WatchStatus.WATCHED)).withRating(5));
        add(talk("Fresh").withRating(3));
        assertEquals(List.of("Seen"), titles("status:watched"));
        assertEquals(List.of("Fresh"), titles("status:unwatched"));
        assertEquals(List.of("Seen"), titles("rating:>=4"));
    }

    @Test
    void addedCountsFromTheInjectedClock() {
        add(talk("Old").withAdded(NOW.minus(Duration.ofDays(90))));
        add(talk("New").withAdded(NOW.minus(Duration.ofHours(2))));
        assertEquals(List.of("New"), titles("added:<30d"));
        assertEquals(List.of("New"), titles("added:today"));
        assertEquals(List.of("Old"), titles("added:>30d"));
        assertEquals(List.of("Old"), titles("added:2025-03-01..2025-03-31"));
    }

    @Test
    void hasFileMeansALocalFileNotAUrl() {
        add(talk("Local").withMedia("/videos/talk.mp4"));
        add(talk("Online").withMedia("https://www.youtube.com/watch?v=x"));
        add(talk("Nothing"));
        assertEquals(List.of("Local"), titles("has:file"));
        assertEquals(List.of("Local", "Online"), titles("has:media"));
    }

    @Test
    void hasFileFollowsTheMediaAsItChanges() {
        TalkId id = add(talk("Changing").withMedia("HTTPS://example.org/talk"));
        assertEquals(List.of(), titles("has:file"));
        assertEquals(List.of("Changing"), titles("has:media"));
        talks.setMedia(id, "/videos/changing.mp4");
        assertEquals(List.of("Changing"), titles("has:file"));
        talks.update(talks.get(id).orElseThrow().withMedia(null));
        assertEquals(List.of(), titles("has:media"));
    }

    @Test
    void hasNotesAndDescription() {
        TalkId noted = add(talk("Noted"));
        add(talk("Described").withDescription("words"));
        new NoteStore(db, Clock.fixed(NOW, ZoneOffset.UTC)).add(noted, null, "remember the GIL trick");
        assertEquals(List.of("Noted"), titles("has:notes"));
        assertEquals(List.of("Described"), titles("has:description"));
        assertEquals(List.of("Noted"), titles("gil"));
    }

    @Test
    void manualPlaylistSelectsItsTalksAndSortsInItsOrder() {
        TalkId a = add(talk("A"));
        TalkId b = add(talk("B"));
        add(talk("C"));
        Playlist p = playlists.create("Study Plan", null);
        playlists.setItems(p.id(), List.of(b, a));
        assertEquals(List.of("A", "B"), titles("playlist:\"study plan\""));
        List<String> ordered = search.search("playlist:\"Study Plan\"", SortKey.PLAYLIST, false, 0, 10).talks().stream()
                .map(Talk::title).toList();
        assertEquals(List.of("B", "A"), ordered);
    }

    @Test
    void smartPlaylistRunsItsSavedQuery() {
        add(talk("Short").withDuration(Duration.ofMinutes(5)));
        add(talk("Long").withDuration(Duration.ofMinutes(50)));
        playlists.create("Quick", "duration:<10m");
        assertEquals(List.of("Short"), titles("playlist:Quick"));
    }

    @Test
    void sortingByPlaylistWithoutAPlaylistIsAnInvalidQuery() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> search.search("python", SortKey.PLAYLIST, false, 0, 10));
        assertEquals(1, e.column());
    }

    @Test
    void malformedQueryBecomesInvalidQueryWithItsColumn() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search.search("(python", 0, 10));
        assertEquals("missing ')' at column 8", e.getMessage());
        assertEquals(8, e.column());
    }

    @Test
    void emptyQueryListsNewestFirst() {
        add(talk("Older").withAdded(NOW.minus(Duration.ofDays(5))));
        add(talk("Newer").withAdded(NOW.minus(Duration.ofDays(1))));
        assertEquals(List.of("Newer", "Older"), search.search("", 0, 10).talks().stream().map(Talk::title).toList());
    }

    @Test
    void sortsByTitleAndReverses() {
        add(talk("beta"));
        add(talk("Alpha"));
        add(talk("gamma"));
        assertEquals(List.of("Alpha", "beta", "gamma"), sorted("", SortKey.TITLE, false));
        assertEquals(List.of("gamma", "beta", "Alpha"), sorted("", SortKey.TITLE, true));
    }

    @Test
    void sortsByYearDurationAndLastWatched() {
        add(talk("a").withYear(2010).withDuration(Duration.ofMinutes(50))
                .withWatch(new WatchState(WatchStatus.WATCHED, null, null, 1, NOW.minus(Duration.ofDays(3)))));
        add(talk("b").withYear(2020).withDuration(Duration.ofMinutes(10))
                .withWatch(new WatchState(WatchStatus.WATCHED, null, null, 1, NOW.minus(Duration.ofDays(1)))));
        assertEquals(List.of("b", "a"), sorted("", SortKey.YEAR, false));
        assertEquals(List.of("b", "a"), sorted("", SortKey.DURATION, false));
        assertEquals(List.of("b", "a"), sorted("", SortKey.LAST_WATCHED, false));
    }

    @Test
    void pagesContinueWhereTheLastStopped() {
        for (int i = 0; i < 25; i++) {
            add(talk("Talk " + (char) ('a' + i)));
        }
        SearchPage second = search.search("talk", SortKey.TITLE, false, 10, 10);
        assertEquals(25, second.total());
        assertEquals(10, second.offset());
        assertEquals("Talk k", second.talks().get(0).title());
        assertEquals(5, search.search("talk", SortKey.TITLE, false, 20, 10).talks().size());
    }

    @Test
    void facetTreeCountsATalkOnceUnderItsParent() {
        add(talk("Both").withTags(List.of("python/typing", "python/async")));
        add(talk("One").withTags(List.of("python/typing")));
        Facets f = search.facets("");
        TopicNode python = f.topics().get(0);
        assertEquals("python", python.path());
        assertEquals(2, python.count());
        assertEquals(List.of("python/typing", "python/async"), python.children().stream().map(TopicNode::path).toList());
        assertEquals(List.of(2L, 1L), python.children().stream().map(TopicNode::count).toList());
    }

    @Test
    void facetsWithinAQueryCountOnlyItsTalks() {
        add(talk("Rust one").withSpeakers(List.of("Ann")).withEvent("RustConf").withYear(2024).withTags(List.of("rust")));
        add(talk("Rust two").withSpeakers(List.of("Ann", "Bob")).withEvent("RustConf").withYear(2023));
        add(talk("Python").withSpeakers(List.of("Bob")).withEvent("PyCon").withYear(2024));
        Facets f = search.facets("rust");
        assertEquals(2, f.total());
        assertEquals(List.of(new FacetCount("Ann", 2), new FacetCount("Bob", 1)), f.speakers());
        assertEquals(List.of(new FacetCount("RustConf", 2)), f.events());
        assertEquals(List.of(new FacetCount("2023", 1), new FacetCount("2024", 1)), f.years());
        assertEquals(List.of(new FacetCount("unwatched", 2)), f.statuses());
        assertEquals(1, f.topics().size());
    }

    @Test
    void wholeLibraryFacetsCountEverything() {
        add(talk("a").withSpeakers(List.of("Ann")));
        add(talk("b").withSpeakers(List.of("Ann")));
        assertEquals(List.of(new FacetCount("Ann", 2)), search.facets(" ").speakers());
        assertEquals(2, search.facets("").total());
    }

    private List<String> sorted(String query, SortKey sort, boolean reversed) {
        return search.search(query, sort, reversed, 0, 100).talks().stream().map(Talk::title).toList();
    }

    @Test
    void oneLetterIsAWholeWordAndTwoLettersAPrefix() {
        add(talk("Modern C for Python programmers"));
        add(talk("Cython at scale"));
        add(talk("R and pandas side by side"));
        add(talk("Rust for C++ developers"));
        add(talk("Async patterns").withSpeakers(List.of("Carol Willing")));

        assertEquals(List.of("Modern C for Python programmers", "Rust for C++ developers"), titles("c"));
        assertEquals(List.of("Cython at scale"), titles("cy"));
        assertEquals(List.of("R and pandas side by side"), titles("r"));
        assertEquals(List.of("R and pandas side by side", "Rust for C++ developers"), titles("ru or r"));
        assertEquals(List.of("Modern C for Python programmers"), titles("title:c python"));
        assertEquals(List.of("Async patterns"), titles("ca"), "two letters still find a speaker's name");
    }

    @Test
    void aPageOfResultsReadsNoDescription() {
        TalkId a = talks.insert(talk("Caches in Python").withDescription(("How the cache keeps hot keys close. ").repeat(10)), null);
        TalkId b = talks.insert(talk("Caches in Rust"), null);
        // Without the column under its name, reading a talk's description fails (decision 0042).
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("ALTER TABLE talk RENAME COLUMN description TO description_elsewhere");
            }
            return null;
        });

        assertEquals(Set.of(a, b), Set.copyOf(search.search("caches", 0, 10).talks().stream().map(Talk::id).toList()));
        assertEquals(List.of(a, b), search.search("caches", SortKey.TITLE, false, 0, 10).talks().stream().map(Talk::id).toList());
    }
}
