package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.MovableClock;
import dev.talkshelf.model.Talk;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    private static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    @Test
    void aBackupIsAVerifiedCopyInTheBackupsFolderBesideTheLibrary() {
        MovableClock clock = new MovableClock(START);
        Path library = library("library.db", 3, clock);
        Path copy = Backups.copy(library, null, clock);
        assertEquals(dir.resolve("backups").resolve("library-20260102-030405-manual.db"), copy);
        assertEquals(3, talksIn(copy));
        Backups.verify(copy);
        assertEquals(List.of(copy), Backups.list(library));
    }

    @Test
    void aBackupToAFileThatExistsIsRefused() throws Exception {
        Path library = library("library.db", 1, new MovableClock(START));
        Path taken = dir.resolve("taken.db");
        Files.writeString(taken, "mine");
        CatalogException e = assertThrows(CatalogException.class, () -> Backups.copy(library, taken, new MovableClock(START)));
        assertEquals(taken + " already exists; choose another file", e.getMessage());
        assertEquals("mine", Files.readString(taken));
    }

    @Test
    void theDailyBackupIsMadeAtMostOnceADayAndTheLastSevenAreKept() throws Exception {
        MovableClock clock = new MovableClock(START);
        Path library = library("library.db", 2, clock);
        assertTrue(Backups.dailyIfDue(library, clock).isPresent());
        clock.advance(Duration.ofHours(23));
        assertEquals(Optional.empty(), Backups.dailyIfDue(library, clock), "not twice in a day");
        for (int day = 0; day < 9; day++) {
            clock.advance(Duration.ofDays(1));
            assertTrue(Backups.dailyIfDue(library, clock).isPresent());
        }
        List<Path> kept = Backups.list(library);
        assertEquals(Backups.KEEP, kept.size());
        assertEquals("library-20260112-020405-daily.db", kept.get(0).getFileName().toString(), "newest first");
        assertEquals("library-20260106-020405-daily.db", kept.get(6).getFileName().toString(), "the oldest ones went");
        Path manual = Backups.copy(library, null, clock);
        clock.advance(Duration.ofDays(1));
        Backups.dailyIfDue(library, clock);
        assertTrue(Files.exists(manual), "a backup the user asked for is never pruned");
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no half-written copies left");
        }
    }

    @Test
    void aDamagedBackupDoesNotCountAndTheLatestGoodOneIsOffered() throws Exception {
        MovableClock clock = new MovableClock(START);
        Path library = library("library.db", 200, clock);
        Path older = Backups.dailyIfDue(library, clock).orElseThrow();
        clock.advance(Duration.ofDays(2));
        Path newer = Backups.dailyIfDue(library, clock).orElseThrow();
        try (RandomAccessFile raf = new RandomAccessFile(newer.toFile(), "rw")) {
            // A zeroed page in the middle of the b-tree, its header too: the file's page size is at offset 16 of its
            // header. Half the file's length is not always the start of a page, and half a page's cell content zeroed
            // is not always seen by the integrity check.
            raf.seek(16);
            int pageSize = raf.readUnsignedShort();
            raf.seek(raf.length() / 2 / pageSize * pageSize);
            raf.write(new byte[pageSize]);
        }
        assertThrows(CatalogException.class, () -> Backups.verify(newer));
        assertEquals(Optional.of(older), Backups.latestGood(library));
    }

    @Test
    void restoreReplacesTheLibraryAndKeepsTheOneItReplaced() {
        MovableClock clock = new MovableClock(START);
        Path library = library("library.db", 3, clock);
        Path backup = Backups.copy(library, dir.resolve("three.db"), clock);
        addTalks(library, 2, clock);
        clock.advance(Duration.ofSeconds(60));
        Path saved = Backups.restore(library, backup, clock).orElseThrow();
        assertEquals(3, talksIn(library));
        assertEquals(5, talksIn(saved), "the replaced library is kept");
        assertEquals("library-20260102-030505-before-restore.db", saved.getFileName().toString());
        try (Database db = Database.open(library, clock)) {
            assertEquals(3, new TalkStore(db, clock).count());
        }
    }

    @Test
    void restoreFromABadFileChangesNothing() throws Exception {
        MovableClock clock = new MovableClock(START);
        Path library = library("library.db", 3, clock);
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "not a library ".repeat(100));
        Map<String, String> before = snapshot(dir);
        CatalogException e = assertThrows(CatalogException.class, () -> Backups.restore(library, text, clock));
        assertEquals("notes.db is not a TalkShelf library (not an SQLite database)", e.getMessage());
        Path cut = Backups.copy(library, dir.resolve("cut.db"), clock);
        try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
            raf.setLength(raf.length() - 1000);
        }
        before = snapshot(dir);
        assertThrows(CatalogException.class, () -> Backups.restore(library, cut, clock));
        assertEquals(before, snapshot(dir), "library, backups and folder exactly as they were");
    }

    @Test
    void restoreIsRefusedWhileTheLibraryIsOpen() throws Exception {
        MovableClock clock = new MovableClock(START);
        Path library = library("library.db", 3, clock);
        Path backup = Backups.copy(library, dir.resolve("copy.db"), clock);
        try (Database db = Database.open(library, clock)) {
            CatalogException e = assertThrows(CatalogException.class, () -> Backups.restore(library, backup, clock));
            assertEquals("library.db is open in another TalkShelf; close it first. Nothing was changed.", e.getMessage());
            assertEquals(3, new TalkStore(db, clock).count());
        }
        assertFalse(Files.exists(dir.resolve("backups")), "nothing saved for a restore that did not happen");
    }

    private Path library(String name, int talks, Clock clock) {
        Path file = dir.resolve(name);
        addTalks(file, talks, clock);
        return file;
    }

    private static void addTalks(Path file, int count, Clock clock) {
        try (Database db = Database.open(file, clock)) {
            TalkStore talks = new TalkStore(db, clock);
            db.write(c -> {
                for (int i = 0; i < count; i++) {
                    talks.insert(Talk.titled("Talk " + System.nanoTime()).withDescription("words ".repeat(40)), null);
                }
                return null;
            });
        }
    }

    private static long talksIn(Path file) {
        try (Database db = Database.open(file, Clock.systemUTC())) {
            return new TalkStore(db, Clock.systemUTC()).count();
        }
    }

    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
