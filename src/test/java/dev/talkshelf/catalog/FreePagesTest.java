package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new library gives the pages a write freed back to the file system when asked (decision 0039). */
class FreePagesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static long freePages(Database db) {
        return ((Number) StoredValue.of(db, "PRAGMA freelist_count")).longValue();
    }

    @Test
    void freedPagesAreGivenBackAndTheTalksLeftStillRead() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            List<TalkId> ids = new ArrayList<>();
            db.write(c -> {
                for (int i = 0; i < 400; i++) {
                    ids.add(talks.insert(Talk.titled("Talk " + i).withDescription(("Words of talk " + i + ". ").repeat(200)), null));
                }
                return null;
            });
            db.write(c -> {
                ids.subList(0, 390).forEach(talks::delete);
                return null;
            });
            assertTrue(freePages(db) > 10, "the deletes freed pages: " + freePages(db));

            db.releaseFreePages();

            assertEquals(0, freePages(db));
            assertEquals(10, talks.count());
            assertTrue(talks.get(ids.get(399)).orElseThrow().description().startsWith("Words of talk 399."));
        }
    }

    @Test
    void aLibraryMadeWithoutAutoVacuumKeepsItsFreePages() throws Exception {
        Path file = dir.resolve("old.db");
        Database.open(file, CLOCK).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            // As a library made before decision 0039 is: no auto-vacuum.
            s.execute("PRAGMA auto_vacuum = NONE");
            s.execute("VACUUM");
            s.execute("CREATE TABLE filler (x BLOB)");
            s.execute("INSERT INTO filler SELECT zeroblob(100000) FROM (SELECT 1 UNION ALL SELECT 2)");
            s.execute("DELETE FROM filler");
        }
        try (Database db = Database.open(file, CLOCK)) {
            long free = freePages(db);
            assertTrue(free > 0);

            db.releaseFreePages();

            assertEquals(free, freePages(db));
        }
    }
}
