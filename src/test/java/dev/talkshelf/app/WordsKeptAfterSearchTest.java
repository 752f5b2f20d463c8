package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.service.LibraryGenerator;
import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app keeps the words a search finds common on a thread of its own, after the search (decision 0083); closing the
 * library lets that thread finish what it was given, so a command line's search leaves its word kept for the next
 * command.
 */
class WordsKeptAfterSearchTest {
    @TempDir
    Path dir;

    @Test
    void aWordASearchFoundCommonIsKeptByTheTimeTheLibraryHasClosed() throws Exception {
        Path file = dir.resolve("library.talkshelf");
        try (Services services = Library.open(file, Clock.systemUTC())) {
            new LibraryGenerator(services.imports(), services.library(), services.playlists())
                    .generate(6_000, 3, ImportContext.Progress.SILENT);
        }
        // The import's end keeps common title words; python is taken back, as if it had never been searched.
        sql(file, "DELETE FROM kept_word WHERE word = 'python'");
        assertEquals(-1, keptCount(file, "python"));

        long total;
        try (Services services = Library.open(file, Clock.systemUTC())) {
            total = services.search().search("python", 0, 200).total();
        } // closed right after the search: its word is being kept, or waits to be
        assertTrue(total >= 5_000, "python is in enough talks to keep: " + total);
        assertEquals(total, keptCount(file, "python"), "kept, with the search's count");

        try (Services services = Library.open(file, Clock.systemUTC())) {
            assertEquals(total, services.search().search("python", 0, 200).total(), "the next search reads it");
        }
    }

    @Test
    void closingTheLibraryWaitsForTheKeepingUnderWayAndTheKeepingQueuedBehindIt() throws Exception {
        Database db = Database.open(dir.resolve("library.talkshelf"), Clock.systemUTC());
        ExecutorService keeping = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean();
        AtomicBoolean queued = new AtomicBoolean();
        keeping.execute(() -> {
            started.countDown();
            try {
                Thread.sleep(300); // a figure build under way, holding no lock the close would wait for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            first.set(true);
        });
        keeping.execute(() -> queued.set(db.read(c -> true)));
        started.await();
        new LibraryCloser(keeping, db).close();
        assertTrue(first.get(), "the keeping under way finished before the close returned");
        assertTrue(queued.get(), "the keeping queued behind it ran on the open library");
        assertTrue(keeping.isTerminated());
    }

    private static void sql(Path file, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.executeUpdate(statement);
        }
    }

    /** The kept word's count of talks, or -1 when it is not kept. */
    private static long keptCount(Path file, String word) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT n FROM kept_word WHERE word = ?")) {
            ps.setString(1, word);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
