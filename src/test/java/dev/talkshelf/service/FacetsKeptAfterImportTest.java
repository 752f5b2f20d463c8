package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Facets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import ends with the whole library's facet counts kept in the file, so the next process's sidebar reads
 * them instead of counting at its start; they are the counts a recount makes. A small import leaves them to whoever
 * asks next, as before.
 */
class FacetsKeptAfterImportTest {
    private static final Path SAMPLE = Path.of("sample-library/library.json");

    @TempDir
    Path dir;

    @Test
    void aLargeImportKeepsTheCountsARecountWouldMake() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Services services = Library.open(file, Clock.systemUTC())) {
            services.imports().importPaths(List.of(SAMPLE), null, false, ImportContext.Progress.SILENT);
        }
        assertTrue(countsKept(file), "counts kept at the end of the import");
        Facets kept = wholeLibraryFacets(file);

        retireCounts(file);
        Facets recounted = wholeLibraryFacets(file);

        assertTrue(kept.total() > 0);
        assertFalse(kept.speakers().isEmpty());
        assertEquals(recounted, kept);
    }

    @Test
    void aGeneratedLibraryOfManySmallBatchesEndsWithTheCountsKept() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Services services = Library.open(file, Clock.systemUTC())) {
            // Twelve runs of 100 talks: the last eight each add under a tenth of the library, as a million talks'
            // batches of 25,000 do past the tenth.
            new LibraryGenerator(services.imports(), services.library(), services.playlists())
                    .generate(new GeneratedTalks(1_200, 5, 100), ImportContext.Progress.SILENT);
        }
        assertTrue(countsKept(file), "counts kept at the end of the generation");
        Facets kept = wholeLibraryFacets(file);

        retireCounts(file);
        Facets recounted = wholeLibraryFacets(file);

        assertEquals(1_200, kept.total());
        assertEquals(recounted, kept);
    }

    @Test
    void aSmallImportIntoALargerLibraryLeavesTheCountingToTheNextAsker() throws Exception {
        Path file = dir.resolve("lib.db");
        Path one = dir.resolve("one.txt");
        Files.writeString(one, "One more talk about parsers - Ann Lee\n");
        try (Services services = Library.open(file, Clock.systemUTC())) {
            services.imports().importPaths(List.of(SAMPLE), null, false, ImportContext.Progress.SILENT);
            services.imports().importPaths(List.of(one), null, false, ImportContext.Progress.SILENT);
        }
        assertFalse(countsKept(file), "one talk into a library of more than ten: not counted at the import's end");

        Facets counted = wholeLibraryFacets(file);

        assertTrue(countsKept(file), "the first facets count and keep them, as before");
        assertTrue(counted.speakers().stream().anyMatch(s -> s.value().equals("Ann Lee")));
    }

    @Test
    void anUpgradeKeepsTheCountsAStepRetired() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Services services = Library.open(file, Clock.systemUTC())) {
            services.imports().importPaths(List.of(SAMPLE), null, false, ImportContext.Progress.SILENT);
        }
        Facets before = wholeLibraryFacets(file);
        // The file as the last step left it, its counts retired (as step 23 retired them): step 24 runs again on open.
        retireCounts(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 23");
        }

        try (Services services = Library.open(file, Clock.systemUTC())) {
            assertTrue(countsKept(file), "counted once while upgrading");
            assertEquals(before, services.search().facets(""));
        }
    }

    private static Facets wholeLibraryFacets(Path file) throws Exception {
        try (Services services = Library.open(file, Clock.systemUTC())) {
            return services.search().facets("");
        }
    }

    private static boolean countsKept(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT facets_at IS NOT NULL AND facets_at = writes FROM library_writes")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void retireCounts(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE library_writes SET facets_at = NULL");
        }
    }
}
