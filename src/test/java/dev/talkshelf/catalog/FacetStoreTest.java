package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetStoreTest {
    @TempDir
    Path dir;
    Database db;
    FacetStore facets;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.talkshelf"));
        TalkStore talks = new TalkStore(db, Clock.systemUTC());
        talks.insert(Talk.titled("Both").withTags(List.of("python/typing", "python/async")).withYear(2024)
                .withSpeakers(List.of("Ann")).withEvent("PyCon"), null);
        talks.insert(Talk.titled("One").withTags(List.of("python/typing")).withYear(2023).withSpeakers(List.of("Ann", "Bob")), null);
        for (int i = 0; i < 20; i++) { // enough other talks that a query's few hits are looked up one by one
            talks.insert(Talk.titled("Filler " + i).withTags(List.of("misc")).withYear(2000), null);
        }
        facets = new FacetStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void fewHitsAreCountedLikeTheWholeLibraryWouldCountThem() {
        Facets f = facets.facets(TalkFilter.of("t.year >= ?", 2023));
        assertEquals(2, f.total());
        TopicNode python = f.topics().get(0);
        assertEquals(new TopicNode("python", 2, List.of(new TopicNode("python/typing", 2, List.of()),
                new TopicNode("python/async", 1, List.of()))), python);
        assertEquals(List.of(new FacetCount("Ann", 2), new FacetCount("Bob", 1)), f.speakers());
        assertEquals(List.of(new FacetCount("PyCon", 1)), f.events());
        assertEquals(List.of(new FacetCount("2023", 1), new FacetCount("2024", 1)), f.years());
        assertEquals(List.of(new FacetCount("unwatched", 2)), f.statuses());
    }

    @Test
    void wholeLibraryTreeHasEveryRoot() {
        Facets f = facets.facets(TalkFilter.ALL);
        assertEquals(22, f.total());
        assertEquals(List.of("misc", "python"), f.topics().stream().map(TopicNode::path).toList());
    }

    @Test
    void wordHitsAreCollectedFromTheIndex() {
        assertEquals(1, facets.facets(TalkFilter.fullText("\"both\"")).total());
    }
}
