package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file TalkShelf must not use gets one clear line and stays byte for byte as it was, with nothing created beside
 * it (no WAL switch, no -wal, -shm or journal file, no backup).
 */
class RefusedFilesTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @AfterEach
    void writableAgain() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(p -> p.toFile().setWritable(true));
        }
    }

    @Test
    void randomBytesAreNotALibrary() throws Exception {
        Path file = dir.resolve("random.db");
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        assertRefusedUnchanged(file, "random.db is not a TalkShelf library (not an SQLite database)");
    }

    @Test
    void aTextFileIsNotALibrary() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "my notes, not a database\n".repeat(300));
        assertRefusedUnchanged(file, "notes.db is not a TalkShelf library (not an SQLite database)");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("cookies.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, name TEXT, value TEXT)");
            s.execute("INSERT INTO moz_cookies(name, value) VALUES ('session', 'abc')");
        }
        assertRefusedUnchanged(file, "cookies.sqlite is a database of another program, not a TalkShelf library; nothing was changed");
    }

    @Test
    void anotherProgramsDatabaseWithAUserVersionOfItsOwnIsRefused() throws Exception {
        Path file = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)");
            s.execute("PRAGMA user_version = 3");
        }
        assertRefusedUnchanged(file, "app.db is a database of another program, not a TalkShelf library; nothing was changed");
    }

    @Test
    void aLibraryCutShortIsRefusedAsDamaged() throws Exception {
        Path file = libraryWithTalks("cut.db", 300);
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size / 2);
        }
        assertRefusedUnchanged(file, "cut.db is damaged (cut short or overwritten); nothing was changed. Restore a backup with: talkshelf restore FILE");
    }

    @Test
    void aLibraryCutInTheMiddleOfAPageIsRefusedAsDamaged() throws Exception {
        Path file = libraryWithTalks("torn.db", 50);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(Files.size(file) - 1000);
        }
        assertRefusedUnchanged(file, "torn.db is damaged (cut short or overwritten); nothing was changed. Restore a backup with: talkshelf restore FILE");
    }

    @Test
    void aLibraryFromANewerTalkShelfIsNotSwitchedToWal() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE talk (id INTEGER PRIMARY KEY)");
            s.execute("PRAGMA user_version = 99");
        }
        assertRefusedUnchanged(file, "future.db was written by a newer TalkShelf (library schema 99; this TalkShelf reads up to "
                + Database.latestSchemaVersion() + "). Update TalkShelf, or open another library with --library FILE.");
    }

    @Test
    void aReadOnlyLibraryIsRefusedUntouched() throws Exception {
        Path file = libraryWithTalks("locked.db", 5);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertRefusedUnchanged(file, "locked.db is read-only: TalkShelf needs to write to its library. Make the file writable,"
                + " or copy it and open the copy with --library FILE.");
    }

    @Test
    void aLibraryInAReadOnlyFolderIsRefusedUntouched() throws Exception {
        Path folder = dir.resolve("shared");
        Files.createDirectories(folder);
        Path file = libraryWithTalks("shared/library.db", 5);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        CatalogException e = assertRefusedUnchanged(file, null);
        assertTrue(e.getMessage().startsWith("the folder of library.db (" + folder + ") is read-only"), e.getMessage());
    }

    @Test
    void theDiskFillingUpDuringAWriteSaysSoAndChangesNothing() throws Exception {
        Path file = libraryWithTalks("full.db", 10);
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + (pageCount(c) + 3));
                }
                return null;
            });
            CatalogException e = assertThrows(CatalogException.class, () -> db.write(c -> {
                for (int i = 0; i < 2000; i++) {
                    talks.insert(Talk.titled("Talk that does not fit " + i).withDescription("x".repeat(500)), null);
                }
                return null;
            }));
            assertEquals("the disk is full; nothing was changed", e.getMessage());
            assertEquals(10, talks.count());
            assertEquals("ok", db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals(10, new TalkStore(db, CLOCK).count(), "as before, after reopening");
        }
    }

    private static long pageCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path libraryWithTalks(String name, int count) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            db.write(c -> {
                for (int i = 0; i < count; i++) {
                    talks.insert(Talk.titled("Talk " + i).withDescription("About thing " + i + " ".repeat(200)), null);
                }
                return null;
            });
        }
        assertFalse(Files.exists(file.resolveSibling(file.getFileName() + "-wal")), "closed cleanly");
        return file;
    }

    private CatalogException assertRefusedUnchanged(Path file, String message) throws Exception {
        Path folder = file.getParent();
        Map<String, String> before = snapshot(folder);
        CatalogException e = assertThrows(CatalogException.class, () -> Database.open(file, CLOCK));
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertEquals(before, snapshot(folder), "every file byte for byte as it was, and nothing new beside it");
        assertFalse(Database.needsUpgrade(file));
        assertEquals(before, snapshot(folder), "asking whether it needs an upgrade touches nothing either");
        return e;
    }

    /** Every file under the folder, with the SHA-256 of its bytes. */
    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                files.put(folder.relativize(p).toString(), HexFormat.of().formatHex(hash));
            }
        }
        return files;
    }
}
