package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.catalog.CatalogException;
import dev.talkshelf.catalog.Database;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk filling up in the middle of an import: one clear line, and the library as it was. */
class FullDiskImportTest {
    @TempDir
    Path dir;

    @Test
    void anImportThatFillsTheDiskSaysSoAndLeavesTheLibraryAsItWas() throws Exception {
        Path library = dir.resolve("library.db");
        try (Services s = Library.open(library, Clock.systemUTC())) {
            s.imports().importPaths(List.of(CrashChild.pyVideoFolder(dir.resolve("first"), "first", 20)), null, false,
                    ImportContext.Progress.SILENT);
            Database db = ((LibraryCloser) s.closer()).db();
            // SQLite's stand-in for a full disk: the file may grow by a few pages only.
            db.write(c -> {
                long pages;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    pages = rs.getLong(1);
                }
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + (pages + 4));
                }
                return null;
            });
            Path big = CrashChild.pyVideoFolder(dir.resolve("big"), "big", 400);
            CatalogException e = assertThrows(CatalogException.class,
                    () -> s.imports().importPaths(List.of(big), null, false, ImportContext.Progress.SILENT));
            assertEquals("the disk is full; nothing was changed", e.getMessage());
            assertEquals(20, s.search().summary("").talks());
        }
        try (Services s = Library.open(library, Clock.systemUTC())) {
            assertEquals(20, s.search().summary("").talks(), "as it was, after opening again");
        }
    }
}
