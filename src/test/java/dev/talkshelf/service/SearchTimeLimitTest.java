package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.FacetStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkAggregates;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search that runs past its time limit is stopped inside SQLite and ends in a message, not an exception trace; the
 * connection is left as it was. A limit of zero stops every search at SQLite's first look at the clock, so the
 * test needs no slow query and no timing.
 */
class SearchTimeLimitTest {
    @TempDir
    Path dir;
    Database db;
    TalkStore talks;
    PlaylistStore playlists;
    Clock clock = Clock.systemUTC();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"), clock);
        talks = new TalkStore(db, clock);
        playlists = new PlaylistStore(db, clock);
        for (int i = 0; i < 500; i++) {
            talks.insert(Talk.titled("Python talk " + i).withYear(2000 + i % 25).withTags(List.of("python/t" + (i % 9)))
                    .withRating(i % 4 == 0 ? 3 : null).withDuration(Duration.ofMinutes(i % 60 + 1)), null);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SearchService limitedTo(Duration limit) {
        return new SearchService(new TalkSearch(db, limit), talks, new FacetStore(db, limit), new TalkAggregates(db, limit),
                playlists, new dev.talkshelf.catalog.CueSearch(db), clock);
    }

    @Test
    void aSearchPastItsTimeLimitEndsWithAMessage() {
        SearchService stopped = limitedTo(Duration.ZERO);
        for (String query : List.of("python", "year:>=2005 or has:rating", "pyth -talk5", "tag:python year:2010..2020")) {
            SearchTimeoutException e = assertThrows(SearchTimeoutException.class, () -> stopped.search(query, 0, 20), query);
            assertEquals("the search took too long; try fewer or more specific words", e.getMessage());
            assertEquals(0, e.column(), "no column is at fault");
        }
    }

    @Test
    void facetsAndTheSummaryPastTheTimeLimitEndWithTheSameMessage() {
        SearchService stopped = limitedTo(Duration.ZERO);
        assertEquals("the search took too long; try fewer or more specific words",
                assertThrows(SearchTimeoutException.class, () -> stopped.facets("year:>=2005 or has:rating")).getMessage());
        assertEquals("the search took too long; try fewer or more specific words",
                assertThrows(SearchTimeoutException.class, () -> stopped.summary("year:>=2005 or has:rating")).getMessage());
    }

    @Test
    void theConnectionSearchesAsBeforeAfterAStoppedSearch() {
        assertThrows(SearchTimeoutException.class, () -> limitedTo(Duration.ZERO).search("year:>=2005 or has:rating", 0, 20));
        SearchService normal = limitedTo(Duration.ofSeconds(30));
        assertEquals(500, normal.search("python", 0, 20).total());
        assertEquals(500, normal.facets("year:>=2000").total());
        // and writes work: nothing was left half done on the connection
        talks.insert(Talk.titled("One more Python talk"), null);
        assertEquals(501, normal.search("python", 0, 20).total());
    }

    @Test
    void aSearchWithinTheLimitIsNotStopped() {
        SearchService normal = limitedTo(Duration.ofSeconds(30));
        assertEquals(125, normal.search("has:rating", 0, 20).total());
        assertTrue(normal.facets("has:rating").total() > 0);
    }
}
