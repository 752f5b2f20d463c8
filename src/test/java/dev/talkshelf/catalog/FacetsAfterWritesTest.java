package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Facets;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkField;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole library's kept facet counts past writes (decision 0040): kept when a write cannot change them, else recounted. */
class FacetsAfterWritesTest {
    private static final String[] TAGS = {"python", "python/typing", "python/async", "web/django", "data", "rust"};
    private static final String[] SPEAKERS = {"Ann", "Bob", "Cem", "Dora", "Eve"};
    private static final String[] EVENTS = {"PyCon", "EuroPython", "DjangoCon"};

    @TempDir
    Path dir;
    Database db;
    TalkStore talks;

    @BeforeEach
    void open() {
        db = Database.open(file());
        talks = new TalkStore(db, Clock.systemUTC());
        Random r = new Random(1);
        for (int i = 0; i < 30; i++) {
            talks.insert(randomTalk(r, i), null);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStatusWriteKeepsTheOtherCountsAndMovesTheStatusCount() {
        new FacetStore(db).facets(TalkFilter.ALL); // counts and keeps them in the file
        TalkId one = talks.allIds().get(3);
        talks.setWatch(one, new WatchState(WatchStatus.WATCHED, null, Instant.EPOCH, 1, Instant.EPOCH));
        talks.setWatch(talks.allIds().get(4), new WatchState(WatchStatus.IN_PROGRESS, Duration.ofSeconds(90), null, 0, Instant.EPOCH));
        // Before decision 0040 any write retired them, and the next process counted speakers, events and topics again.
        Optional<FacetIndex.Counts> kept = db.read(FacetSnapshot::read);
        assertTrue(kept.isPresent(), "status writes leave the kept counts valid");
        Facets read = new FacetStore(db).facets(TalkFilter.ALL);
        assertEquals(recounted(), read);
    }

    @Test
    void aTopicWriteOfOneTalkMovesTheKeptCounts() {
        new FacetStore(db).facets(TalkFilter.ALL);
        talks.setTags(talks.allIds().get(0), List.of("brand/new"));
        // Before decision 0047 it retired them, and the next facets counted everything again.
        assertTrue(db.read(FacetSnapshot::read).isPresent(), "moved, not retired");
        Facets read = new FacetStore(db).facets(TalkFilter.ALL);
        assertEquals(recounted(), read);
    }

    @Test
    void aDeletedTalkRetiresTheKeptCountsEvenAfterAnEditOfItInTheSameWrite() {
        new FacetStore(db).facets(TalkFilter.ALL);
        TalkId id = talks.allIds().get(0);
        db.write(c -> {
            talks.setTags(id, List.of("brand/new"));
            talks.delete(id);
            return null;
        });
        assertEquals(Optional.empty(), db.read(FacetSnapshot::read));
        assertEquals(recounted(), new FacetStore(db).facets(TalkFilter.ALL));
    }

    @Test
    void aRolledBackWriteLeavesTheKeptCountsAsTheyWere() {
        Facets before = new FacetStore(db).facets(TalkFilter.ALL);
        TalkId id = talks.allIds().get(0);
        assertThrows(IllegalStateException.class, () -> db.write(c -> {
            talks.setWatch(id, new WatchState(WatchStatus.SKIPPED, null, null, 0, null));
            talks.setTags(id, List.of("rolled/back"));
            throw new IllegalStateException("undone");
        }));
        assertTrue(db.read(FacetSnapshot::read).isPresent());
        assertEquals(before, new FacetStore(db).facets(TalkFilter.ALL));
        assertEquals(before, recounted());
    }

    @Test
    void aWriteFromAnotherTalkShelfRetiresTheKeptCounts() {
        FacetStore facets = new FacetStore(db);
        facets.facets(TalkFilter.ALL);
        try (Database other = Database.open(file())) {
            new TalkStore(other, Clock.systemUTC()).setFields(talks.allIds().get(2), Talk.titled("x").withEvent("Elsewhere"),
                    Set.of(TalkField.EVENT));
        }
        Facets inThisProcess = facets.facets(TalkFilter.ALL);
        Facets read = new FacetStore(db).facets(TalkFilter.ALL);
        assertEquals(recounted(), inThisProcess);
        assertEquals(inThisProcess, read);
    }

    @Test
    void afterAnySequenceOfWritesTheFacetsReadEqualARecount() {
        for (long seed = 1; seed <= 12; seed++) {
            Random r = new Random(seed);
            NoteStore notes = new NoteStore(db, Clock.systemUTC());
            PlaylistStore playlists = new PlaylistStore(db, Clock.systemUTC());
            long playlist = playlists.create("list " + seed, null).id();
            for (int step = 0; step < 25; step++) {
                List<TalkId> ids = talks.allIds();
                TalkId id = ids.get(r.nextInt(ids.size()));
                String what = write(r, id, notes, playlists, playlist);
                // A new store reads the counts kept in the file when they are valid, else counts and keeps them.
                Facets read = new FacetStore(db).facets(TalkFilter.ALL);
                assertEquals(recounted(), read, "seed " + seed + " step " + step + ": " + what);
            }
        }
    }

    @Test
    void aLibraryOfStepTwentyTwoUpgradesAndItsStatusWritesKeepTheCounts() throws Exception {
        // Step 22 is this file without step 23's triggers and index.
        db.close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = raw.createStatement()) {
            List<String> triggers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%facets'")) {
                while (rs.next()) {
                    triggers.add(rs.getString(1));
                }
            }
            for (String trigger : triggers) {
                s.execute("DROP TRIGGER " + trigger);
            }
            s.execute("DROP INDEX facet_snapshot_by_value");
            s.execute("PRAGMA user_version = 22");
        }
        try (Database upgraded = Database.open(file())) {
            assertEquals((long) Schema.latestVersion(), (long) upgraded.read(c -> count(c, "PRAGMA user_version")));
            assertEquals(7L, (long) upgraded.read(c -> count(c,
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%facets'")));
            TalkStore there = new TalkStore(upgraded, Clock.systemUTC());
            new FacetStore(upgraded).facets(TalkFilter.ALL);
            there.setWatch(there.allIds().get(0), new WatchState(WatchStatus.WATCHED, null, null, 1, null));
            assertTrue(upgraded.read(FacetSnapshot::read).isPresent());
            assertEquals(30L, new FacetStore(upgraded).facets(TalkFilter.ALL).statuses().stream().mapToLong(f -> f.count()).sum());
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** One write of a random kind; says which, for a failure's message. */
    private String write(Random r, TalkId id, NoteStore notes, PlaylistStore playlists, long playlist) {
        int kind = r.nextInt(13);
        switch (kind) {
            case 0 -> talks.setWatch(id, new WatchState(WatchStatus.values()[r.nextInt(WatchStatus.values().length)], null, null, 1, null));
            case 1 -> talks.setWatch(id, new WatchState(WatchStatus.IN_PROGRESS, Duration.ofSeconds(r.nextInt(900)), null, 0, Instant.now()));
            case 2 -> talks.changeTopics(id, List.of(TAGS[r.nextInt(TAGS.length)]), List.of());
            case 3 -> talks.changeTopics(id, List.of(), List.of(TAGS[r.nextInt(TAGS.length)]));
            case 4 -> talks.setRating(id, r.nextBoolean() ? null : 1 + r.nextInt(5));
            case 5 -> notes.add(id, Duration.ofSeconds(r.nextInt(100)), "note " + r.nextInt());
            case 6 -> talks.insert(randomTalk(r, r.nextInt(1000)), null); // what an import or an undone delete does
            case 7 -> {
                if (talks.count() > 5) {
                    talks.delete(id);
                }
            }
            case 8 -> playlists.add(playlist, List.of(id));
            case 9 -> talks.setFields(id, randomTalk(r, 0), Set.of(TalkField.SPEAKERS, TalkField.EVENT, TalkField.YEAR));
            case 10 -> {
                try {
                    db.write(c -> {
                        talks.setWatch(id, new WatchState(WatchStatus.WATCHED, null, null, 1, null));
                        talks.changeTopics(id, List.of("rolled/back"), List.of());
                        throw new IllegalStateException("rolled back");
                    });
                } catch (IllegalStateException expected) {
                    // nothing of it stays
                }
            }
            case 11 -> {
                try (Database other = Database.open(file())) {
                    TalkStore there = new TalkStore(other, Clock.systemUTC());
                    if (r.nextBoolean()) {
                        there.setWatch(id, new WatchState(WatchStatus.SKIPPED, null, null, 0, null));
                    } else {
                        there.setTags(id, List.of(TAGS[r.nextInt(TAGS.length)]));
                    }
                }
            }
            default -> new TopicStore(db, talks).retarget("python", p -> Optional.of(p.replaceFirst("^python", "py" + r.nextInt(3))));
        }
        return "write kind " + kind;
    }

    /** The whole library's facets counted afresh, as if nothing were kept. */
    private Facets recounted() {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = raw.createStatement()) {
            s.executeUpdate("UPDATE library_writes SET facets_at = NULL");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return new FacetStore(db).facets(TalkFilter.ALL);
    }

    private static Talk randomTalk(Random r, int i) {
        return Talk.titled("Talk " + i).withYear(r.nextInt(4) == 0 ? null : 2015 + r.nextInt(8))
                .withEvent(r.nextInt(4) == 0 ? null : EVENTS[r.nextInt(EVENTS.length)])
                .withSpeakers(List.of(SPEAKERS[r.nextInt(SPEAKERS.length)], SPEAKERS[r.nextInt(SPEAKERS.length)]).stream().distinct().toList())
                .withTags(List.of(TAGS[r.nextInt(TAGS.length)]))
                .withWatch(new WatchState(WatchStatus.values()[r.nextInt(WatchStatus.values().length)], null, null, 0, null));
    }

    private Path file() {
        return dir.resolve("library.talkshelf");
    }
}
