package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
        assertEquals(1, facets.facets(TalkFilter.fullText(FullText.phrase("both"))).total());
    }

    @Test
    void facetsFollowAWrite() {
        TalkStore talks = new TalkStore(db, Clock.systemUTC());
        assertEquals(List.of(new FacetCount("unwatched", 22)), facets.facets(TalkFilter.ALL).statuses());
        TalkId one = talks.findByTitle("One").get(0);
        talks.setWatch(one, new WatchState(WatchStatus.WATCHED, null, null, 1, null));
        assertEquals(List.of(new FacetCount("unwatched", 21), new FacetCount("watched", 1)),
                facets.facets(TalkFilter.ALL).statuses());
        talks.setTags(one, List.of("rust"));
        Facets within = facets.facets(TalkFilter.fullText(FullText.phrase("one")));
        assertEquals(List.of("rust"), within.topics().stream().map(TopicNode::path).toList());
    }

    @Test
    void facetsFollowAWriteFromAnotherConnection() {
        assertEquals(22, facets.facets(TalkFilter.ALL).total());
        try (Database other = Database.open(dir.resolve("library.talkshelf"))) {
            new TalkStore(other, Clock.systemUTC()).insert(Talk.titled("From elsewhere").withYear(1999), null);
        }
        Facets f = facets.facets(TalkFilter.ALL);
        assertEquals(23, f.total());
        assertEquals(true, f.years().contains(new FacetCount("1999", 1)));
    }

    @Test
    void wholeLibraryFacetsAreKeptInTheFileForTheNextProcess() throws Exception {
        Facets counted = facets.facets(TalkFilter.ALL);
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.talkshelf"));
             Statement s = raw.createStatement()) {
            // Tampered behind TalkShelf's back without a write being counted: only a reader of the kept counts sees it.
            s.executeUpdate("UPDATE facet_snapshot SET n = 999 WHERE kind = 'status'");
        }
        Facets next = new FacetStore(db).facets(TalkFilter.ALL);
        assertEquals(List.of(new FacetCount("unwatched", 999)), next.statuses());
        assertEquals(counted.topics(), next.topics());
        assertEquals(counted.speakers(), next.speakers());
        assertEquals(counted.total(), next.total());
    }

    @Test
    void aWriteRetiresTheKeptFacets() {
        facets.facets(TalkFilter.ALL);
        TalkStore talks = new TalkStore(db, Clock.systemUTC());
        talks.setWatch(talks.findByTitle("One").get(0), new WatchState(WatchStatus.WATCHED, null, null, 1, null));
        assertEquals(List.of(new FacetCount("unwatched", 21), new FacetCount("watched", 1)),
                new FacetStore(db).facets(TalkFilter.ALL).statuses());
    }

    @Test
    void countsWithinQueriesEqualCountsTakenDirectlyInSql() {
        TalkStore talks = new TalkStore(db, Clock.systemUTC());
        String[] tags = {"web/django", "web/flask", "data", "python/typing", "testing"};
        String[] speakers = {"Ann", "Bob", "Cem", "Dora"};
        WatchStatus[] statuses = WatchStatus.values();
        for (int i = 0; i < 60; i++) {
            talks.insert(Talk.titled((i % 3 == 0 ? "Django " : "Flask ") + i).withYear(2015 + i % 7)
                    .withEvent(i % 4 == 0 ? null : "Conf " + i % 5)
                    .withSpeakers(List.of(speakers[i % 4], speakers[(i / 4) % 4]))
                    .withTags(List.of(tags[i % 5], tags[(i / 5) % 5]))
                    .withWatch(new WatchState(statuses[i % statuses.length], null, null, 0, null)), null);
        }
        for (TalkFilter filter : List.of(TalkFilter.fullText(FullText.phrase("django")), TalkFilter.inTopicTree("web"), TalkFilter.inTopic("data"), TalkFilter.of("t.year BETWEEN ? AND ?", 2016, 2018),
                TalkFilter.fullText(FullText.phrase("flask")).and(TalkFilter.of("t.status = ?", "unwatched")))) {
            Facets f = facets.facets(filter);
            assertEquals(direct(filter, "SELECT count(*), NULL FROM talk t WHERE %s"), List.of(new FacetCount(Long.toString(f.total()), 0)));
            assertEquals(direct(filter, """
                    SELECT tp.path, count(*) FROM talk t JOIN talk_topic_closure c ON c.talk_id = t.id JOIN topic tp ON tp.id = c.topic_id
                     WHERE %s GROUP BY tp.path"""), flatten(f.topics()).stream().sorted(BY_VALUE).toList());
            assertEquals(direct(filter, """
                    SELECT s.name, count(*) FROM talk t JOIN talk_speaker ts ON ts.talk_id = t.id JOIN speaker s ON s.id = ts.speaker_id
                     WHERE %s GROUP BY s.name"""), f.speakers().stream().sorted(BY_VALUE).toList());
            assertEquals(direct(filter, "SELECT e.name, count(*) FROM talk t JOIN event e ON e.id = t.event_id WHERE %s GROUP BY e.name"),
                    f.events().stream().sorted(BY_VALUE).toList());
            assertEquals(direct(filter, "SELECT t.year, count(*) FROM talk t WHERE %s AND t.year IS NOT NULL GROUP BY t.year"),
                    f.years().stream().sorted(BY_VALUE).toList());
            assertEquals(direct(filter, "SELECT t.status, count(*) FROM talk t WHERE %s GROUP BY t.status"),
                    f.statuses().stream().sorted(BY_VALUE).toList());
        }
    }

    private static final Comparator<FacetCount> BY_VALUE = Comparator.comparing(FacetCount::value);

    private List<FacetCount> direct(TalkFilter filter, String sql) {
        return db.read(c -> {
            List<FacetCount> counts = new ArrayList<>();
            try (var ps = c.prepareStatement(sql.formatted(filter.sql()) + (sql.contains("GROUP BY") ? " ORDER BY 1" : ""))) {
                Sql.bind(ps, filter.params());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(sql.startsWith("SELECT count(*)") ? new FacetCount(rs.getString(1), 0)
                                : new FacetCount(rs.getString(1), rs.getLong(2)));
                    }
                }
            }
            return counts;
        });
    }

    private static List<FacetCount> flatten(List<TopicNode> nodes) {
        List<FacetCount> all = new ArrayList<>();
        for (TopicNode n : nodes) {
            all.add(new FacetCount(n.path(), n.count()));
            all.addAll(flatten(n.children()));
        }
        return all;
    }
}
