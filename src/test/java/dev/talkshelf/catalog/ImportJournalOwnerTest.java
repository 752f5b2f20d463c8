package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a library is opened, a running import is taken back only if its process is gone: a live process whose start
 * time another JVM reads a second off (boot time in whole seconds) still owns its import.
 */
class ImportJournalOwnerTest {
    @TempDir
    Path dir;
    private Process other;

    @BeforeEach
    void startAnotherProcess() throws Exception {
        other = new ProcessBuilder("sleep", "120").start();
    }

    @AfterEach
    void stopIt() throws Exception {
        other.destroyForcibly();
        other.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void importOfALiveProcessWhoseStartReadsASecondOffIsKept() {
        long started = other.info().startInstant().orElseThrow().toEpochMilli();
        Path lib = dir.resolve("lib.db");
        long run = runOwnedBy(lib, other.pid(), started + 1000);
        try (Database db = Database.open(lib)) {
            ImportJournal journal = new ImportJournal(db, Clock.systemUTC());
            assertEquals(0, journal.revertAbandoned());
            assertEquals(Optional.of("running"), journal.state(run));
        }
    }

    @Test
    void importOfAnEarlierProcessUnderTheSamePidIsTakenBack() {
        long started = other.info().startInstant().orElseThrow().toEpochMilli();
        Path lib = dir.resolve("lib.db");
        long run = runOwnedBy(lib, other.pid(), started - 3_600_000);
        try (Database db = Database.open(lib)) {
            ImportJournal journal = new ImportJournal(db, Clock.systemUTC());
            assertEquals(1, journal.revertAbandoned());
            assertEquals(Optional.of("reverted"), journal.state(run));
        }
    }

    /** A running import journalled as another process's, started at {@code startedMillis} as that process saw it. */
    private static long runOwnedBy(Path lib, long pid, long startedMillis) {
        try (Database db = Database.open(lib)) {
            long run = new ImportJournal(db, Clock.systemUTC()).begin("another TalkShelf");
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET pid = ?, process_started = ? WHERE id = ?")) {
                    ps.setLong(1, pid);
                    ps.setLong(2, startedMillis);
                    ps.setLong(3, run);
                    ps.executeUpdate();
                }
                return null;
            });
            return run;
        }
    }
}
