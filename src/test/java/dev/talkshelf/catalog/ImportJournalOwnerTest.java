package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a library is opened, a running import is taken back only if its process is gone: a live process's import is kept
 * whichever JVM read its start, and an earlier process under the same pid (a start even 10 ms apart) is not it.
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
    void importOfALiveProcessWhoseStartAnotherJvmReadIsKept() throws Exception {
        long started = startReadByAnotherJvm(other.pid());
        Path lib = dir.resolve("lib.db");
        long run = runOwnedBy(lib, other.pid(), started);
        try (Database db = Database.open(lib)) {
            ImportJournal journal = new ImportJournal(db, Clock.systemUTC());
            assertEquals(0, journal.revertAbandoned());
            assertEquals(Optional.of("running"), journal.state(run));
        }
    }

    @Test
    void importOfAnEarlierProcessUnderTheSamePidIsTakenBack() {
        // One clock tick (10 ms on Linux) before the live process started: with the old 5 s slack this was kept.
        ProcessStart start = ProcessStart.of(other.pid()).orElseThrow();
        long earlier = start.value() - (start.bootTicks() ? 1 : 10);
        Path lib = dir.resolve("lib.db");
        long run = runOwnedBy(lib, other.pid(), earlier);
        try (Database db = Database.open(lib)) {
            ImportJournal journal = new ImportJournal(db, Clock.systemUTC());
            assertEquals(1, journal.revertAbandoned());
            assertEquals(Optional.of("reverted"), journal.state(run));
        }
    }

    @Test
    void importOfAnEarlierProcessAnHourBeforeIsTakenBack() {
        ProcessStart start = ProcessStart.of(other.pid()).orElseThrow();
        long hourBefore = start.value() - (start.bootTicks() ? 3_600 * ProcessStart.TICKS_PER_SECOND : 3_600_000);
        Path lib = dir.resolve("lib.db");
        long run = runOwnedBy(lib, other.pid(), Math.max(0, hourBefore));
        try (Database db = Database.open(lib)) {
            ImportJournal journal = new ImportJournal(db, Clock.systemUTC());
            assertEquals(1, journal.revertAbandoned());
            assertEquals(Optional.of("reverted"), journal.state(run));
        }
    }

    /** What another TalkShelf process stores as {@code pid}'s start. */
    private static long startReadByAnotherJvm(long pid) throws Exception {
        Process child = ChildJvm.start(ProcessStartChild.class, Map.of(), Long.toString(pid));
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        return Long.parseLong(line.strip());
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
