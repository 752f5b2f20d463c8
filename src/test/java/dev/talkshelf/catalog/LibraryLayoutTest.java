package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a library file is laid out: the page size of a new one, and what step 14 leaves of an older one's talk rows. */
class LibraryLayoutTest {
    @TempDir
    Path dir;

    @Test
    void newLibraryHasEightKilobytePages() {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertEquals(8192L, (long) db.read(c -> number(c, "PRAGMA page_size")));
        }
    }

    @Test
    void writesReadTheFileThroughTheCacheAndSearchesThroughAMapping() {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertEquals(0L, (long) db.write(c -> number(c, "PRAGMA mmap_size")));
            assertEquals(268_435_456L, (long) db.read(c -> number(c, "PRAGMA mmap_size")));
        }
    }

    @Test
    void olderLibraryKeepsItsPageSizeAndTalksAndLosesTheThirdTitleCopy() throws Exception {
        Path file = dir.resolve("v13.db");
        OlderSchema.write(file, 13, 3);
        try (Database db = Database.open(file)) {
            assertEquals(4096L, (long) db.read(c -> number(c, "PRAGMA page_size")));
            assertEquals(List.of("Old 0=old 0", "Old 1=old 1", "Old 2=old 2"), db.read(c -> strings(c,
                    "SELECT title || '=' || sort_title FROM talk ORDER BY id")));
            assertEquals(0L, (long) db.read(c -> number(c, "SELECT count(*) FROM pragma_table_info('talk') WHERE name = 'title_key'")));
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        return all;
    }
}
