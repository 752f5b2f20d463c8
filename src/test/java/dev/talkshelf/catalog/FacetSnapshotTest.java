package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Talk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept facet counts read back in one row (decision 0047): exactly what was kept, or nothing. */
class FacetSnapshotTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.talkshelf"));
        new TalkStore(db, Clock.systemUTC()).insert(Talk.titled("One"), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void keptCountsAreReadBackAsTheyWereKeptWhateverTheNames() {
        // Names that look like the packed form, with spaces, digits, non-Latin letters, a letter outside the BMP, an
        // empty value and a long one.
        FacetIndex.Counts kept = new FacetIndex.Counts(1_234_567_890_123L,
                List.of(new FacetCount("python", 7), new FacetCount("python/typing", 3), new FacetCount("日本語/テスト", 1)),
                List.of(new FacetCount("speaker 12 3 Ann", 12), new FacetCount("Łukasz Langa", 2), new FacetCount("🎤 Mic Check", 1),
                        new FacetCount("  ", 5), new FacetCount("Nul\u0000Name", 6), new FacetCount("x".repeat(5_000), 4)),
                List.of(new FacetCount("", 9), new FacetCount("event 1 1 e", 1)),
                List.of(new FacetCount("2024", 100), new FacetCount("1999", 0)),
                List.of(new FacetCount("unwatched", 3), new FacetCount("watched", 4)));
        OptionalLong at = FacetSnapshot.save(db, kept, db.read(FacetSnapshot::writes));
        assertTrue(at.isPresent());

        FacetIndex.Counts read = db.read(FacetSnapshot::read).orElseThrow();

        assertEquals(kept.total(), read.total());
        assertEquals(sorted(kept.topics()), sorted(read.topics()));
        assertEquals(sorted(kept.speakers()), sorted(read.speakers()));
        assertEquals(sorted(kept.events()), sorted(read.events()));
        assertEquals(sorted(kept.years()), sorted(read.years()));
        assertEquals(sorted(kept.statuses()), sorted(read.statuses()));
    }

    @Test
    void retiredCountsAreNotRead() {
        FacetSnapshot.save(db, new FacetIndex.Counts(1, List.of(), List.of(), List.of(), List.of(), List.of()),
                db.read(FacetSnapshot::writes));
        assertTrue(db.read(FacetSnapshot::read).isPresent());
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE library_writes SET facets_at = NULL");
            }
            return null;
        });
        assertEquals(Optional.empty(), db.read(FacetSnapshot::read));
    }

    @Test
    void aKindFromSomethingNewerMeansCountingAgain() {
        FacetSnapshot.save(db, new FacetIndex.Counts(1, List.of(), List.of(), List.of(), List.of(), List.of()),
                db.read(FacetSnapshot::writes));
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO facet_snapshot(kind, value, n) VALUES ('language', 'en', 3)");
            }
            return null;
        });
        assertEquals(Optional.empty(), db.read(FacetSnapshot::read));
    }

    @Test
    void aPackedTextNotAsWrittenIsRefusedWhole() {
        assertTrue(unpack("total 0 0 topic 2 6 python").isPresent());
        assertEquals(2, unpack("total 0 0 topic 2 6 python").orElseThrow().topics().get(0).count());
        for (String bad : List.of("topic 2 7 python", "topic 2 6 pytho", "topic -2 6 python", "topic 2.0 6 python",
                "topic 2 x python", "topic 2 6", "topic 2", "topic", "topic  6 python", "topic 2 6 pythonX",
                "topic 2 6 pythontotal", "topic 2 6 python ", " 2 6 python",
                "topic 9999999999999999999 6 python")) {
            assertEquals(Optional.empty(), unpack(bad), bad);
        }
    }

    private static Optional<FacetIndex.Counts> unpack(String packed) {
        return FacetSnapshot.unpack(packed.getBytes(StandardCharsets.UTF_8));
    }

    private static List<FacetCount> sorted(List<FacetCount> counts) {
        return counts.stream().sorted(java.util.Comparator.comparing(FacetCount::value)).toList();
    }
}
