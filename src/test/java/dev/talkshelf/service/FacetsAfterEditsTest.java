package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.catalog.FacetStore;
import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Edits of one talk's speakers, event, year and topics, and their undo, move the whole library's kept facet counts in
 * place (decision 0047): after each, the counts read equal the facets counted over every talk's postings. More than
 * 200 speakers and events, with many ties, so the kept top 200 is crossed both ways.
 */
class FacetsAfterEditsTest extends OnTestLibrary {
    private static final String[] TAGS = {"python", "python/typing", "python/async", "web/django", "data", "rust", "go"};

    @BeforeEach
    void open() {
        lib.db.write(c -> {
            for (int i = 0; i < 700; i++) {
                lib.talks.insert(Talk.titled("Talk " + i)
                        .withSpeakers(List.of("Speaker " + (i % 260), "Other " + (i * 7 % 211)))
                        .withEvent(i % 9 == 0 ? null : "Event " + (i % 230))
                        .withYear(i % 11 == 0 ? null : 2000 + i % 20)
                        .withTags(List.of(TAGS[i % TAGS.length])), null);
            }
            return null;
        });
    }

    @Test
    void editsAndTheirUndoLeaveTheCountsOfARecount() {
        Random r = new Random(3);
        new FacetStore(lib.db).facets(TalkFilter.ALL); // counted and kept
        List<TalkId> ids = lib.talks.allIds();
        int steps = 0;
        int moved = 0;
        for (int step = 0; step < 80; step++) {
            TalkId id = ids.get(r.nextInt(ids.size()));
            Talk seen = lib.library.talk(id).orElseThrow();
            Talk edited = seen;
            switch (r.nextInt(5)) {
                case 0 -> edited = seen.withSpeakers(speakers(r));
                case 1 -> edited = seen.withEvent(event(r));
                case 2 -> edited = seen.withYear(r.nextInt(5) == 0 ? null : 1995 + r.nextInt(30));
                case 3 -> edited = seen.withTags(List.of(TAGS[r.nextInt(TAGS.length)], "new/topic" + r.nextInt(3)));
                default -> edited = seen.withSpeakers(speakers(r)).withEvent(event(r)).withYear(2000 + r.nextInt(20))
                        .withTags(List.of(TAGS[r.nextInt(TAGS.length)]));
            }
            lib.library.update(seen, edited);
            steps++;
            moved += kept() ? 1 : 0;
            assertEquals(recounted(), new FacetStore(lib.db).facets(TalkFilter.ALL), "step " + step + " edit");
            if (r.nextInt(3) == 0) {
                lib.library.undo();
                steps++;
                moved += kept() ? 1 : 0;
                assertEquals(recounted(), new FacetStore(lib.db).facets(TalkFilter.ALL), "step " + step + " undo");
            }
        }
        // Most moves stay inside or outside the top 200; one that may cross its line retires the counts instead.
        assertTrue(moved > steps / 2, moved + " of " + steps + " writes kept the counts");
        assertTrue(moved < steps, "some crossed the top's line: " + moved + " of " + steps);
    }

    @Test
    void aChangeOfTopicsOnManyTalksMovesEveryOne() {
        new FacetStore(lib.db).facets(TalkFilter.ALL);
        lib.library.changeTopics(lib.talks.allIds().subList(0, 40), List.of("many/at-once"), List.of("python"));
        assertTrue(kept());
        assertEquals(recounted(), new FacetStore(lib.db).facets(TalkFilter.ALL));
        lib.library.undo();
        assertTrue(kept());
        assertEquals(recounted(), new FacetStore(lib.db).facets(TalkFilter.ALL));
    }

    @Test
    void aChangeOfTopicsOnMoreTalksThanAreMovedRetiresTheCounts() {
        new FacetStore(lib.db).facets(TalkFilter.ALL);
        lib.library.changeTopics(lib.talks.allIds().subList(0, 250), List.of("many/at-once"), List.of());
        assertFalse(kept(), "counted again once instead of 250 talks moved one by one");
        assertEquals(recounted(), new FacetStore(lib.db).facets(TalkFilter.ALL));
    }

    private static List<String> speakers(Random r) {
        List<String> names = new ArrayList<>();
        for (int k = 1 + r.nextInt(2); k > 0; k--) {
            names.add(r.nextInt(6) == 0 ? "Newcomer " + r.nextInt(4) : "Speaker " + r.nextInt(260));
        }
        return names.stream().distinct().toList();
    }

    private static String event(Random r) {
        return r.nextInt(6) == 0 ? null : r.nextInt(6) == 0 ? "New event " + r.nextInt(3) : "Event " + r.nextInt(230);
    }

    /** The whole library's facets counted over every talk's postings, never from the kept counts. */
    private Facets recounted() {
        return new FacetStore(lib.db).facets(TalkFilter.of("t.id > ?", 0));
    }

    /** True while the kept counts are valid: the write before moved them. */
    private boolean kept() {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             Statement s = raw.createStatement();
             ResultSet rs = s.executeQuery("SELECT facets_at IS NOT NULL AND facets_at = writes FROM library_writes")) {
            return rs.next() && rs.getBoolean(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
