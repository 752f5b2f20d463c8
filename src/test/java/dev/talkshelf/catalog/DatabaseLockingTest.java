package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ChildJvm;
import dev.talkshelf.model.Talk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers wait for each other (in this process and in others) instead of failing; readers never wait for them. */
class DatabaseLockingTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    /** Counts what a write that waited says, as the CLI and the status bar hear it. */
    static final class Waits implements WriteWaitListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Duration> waited = new CopyOnWriteArrayList<>();

        @Override
        public void waiting() {
            events.add("waiting");
        }

        @Override
        public void done(Duration w) {
            events.add("done");
            waited.add(w);
        }
    }

    @Test
    void aWriteWaitsForAnotherProcessHoldingTheLibraryLongerThanSQLitesOldTimeoutAndThenSucceeds() throws Exception {
        Path file = dir.resolve("lib.db");
        Database.open(file, CLOCK).close();
        Waits waits = new Waits();
        Process child = ChildJvm.start(LibraryWriterChild.class, Map.of(), "hold", file.toString(), "6500");
        try (Database db = Database.open(file, CLOCK, waits)) {
            BufferedReader out = lines(child);
            assertEquals("holding", out.readLine());
            TalkStore talks = new TalkStore(db, CLOCK);
            talks.insert(Talk.titled("Made while another TalkShelf wrote"), null);
            assertEquals(1, talks.count());
            assertEquals(List.of("waiting", "done"), waits.events, "told once that it waits, and once that it got in");
            assertEquals("released", out.readLine());
            System.out.printf("write behind a process holding the lock 6.5 s: waited %d ms%n", waits.waited.get(0).toMillis());
        } finally {
            assertEquals(0, child.waitFor());
        }
    }

    @Test
    void aLongWriteSeesAWriterWaitingInAnotherProcessAndLetsItIn() throws Exception {
        Path file = dir.resolve("lib.db");
        Database.open(file, CLOCK).close();
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            Process child = null;
            try {
                boolean[] seen = new boolean[2];
                Process[] started = new Process[1];
                db.write(c -> {
                    talks.insert(Talk.titled("Stored by the long write"), null);
                    seen[0] = db.writerWaiting();
                    try {
                        started[0] = ChildJvm.start(LibraryWriterChild.class, Map.of(), "write", file.toString(), "0");
                        assertEquals("opened", lines(started[0]).readLine());
                        // The child now tries to write: the long write keeps going until it sees it waiting.
                        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                        while (!db.writerWaiting() && System.nanoTime() < end) {
                            Thread.sleep(1);
                        }
                        seen[1] = db.writerWaiting();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                });
                child = started[0];
                assertEquals(false, seen[0], "nobody waited before the other process started");
                assertEquals(true, seen[1], "the long write saw the other process's writer waiting");
                assertTrue(child.waitFor(60, TimeUnit.SECONDS));
                assertEquals(0, child.exitValue());
                assertEquals(2, talks.count());
            } finally {
                if (child != null) {
                    child.destroy();
                }
            }
        }
    }

    @Test
    void aWriteThatWaitsPastItsLimitFailsAsBusyAndChangesNothing() throws Exception {
        Path file = dir.resolve("lib.db");
        Database.open(file, CLOCK).close();
        Process child = ChildJvm.start(LibraryWriterChild.class, Map.of(), "hold", file.toString(), "4000");
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals("holding", lines(child).readLine());
            db.waitLimit(Duration.ofMillis(1500));
            TalkStore talks = new TalkStore(db, CLOCK);
            LibraryBusyException e = assertThrows(LibraryBusyException.class, () -> talks.insert(Talk.titled("Too late"), null));
            assertTrue(e.getMessage().startsWith("the library is busy in another TalkShelf"), e.getMessage());
            assertEquals(0, talks.count());
        } finally {
            assertEquals(0, child.waitFor());
        }
    }

    @Test
    void editsGetInBetweenAnotherProcessesShortTransactions() throws Exception {
        Path file = dir.resolve("lib.db");
        Database.open(file, CLOCK).close();
        Process child = ChildJvm.start(LibraryWriterChild.class, Map.of(), "burst", file.toString(), "8000");
        List<Long> waits = new ArrayList<>();
        try (Database db = Database.open(file, CLOCK)) {
            BufferedReader out = lines(child);
            assertEquals("writing", out.readLine());
            TalkStore talks = new TalkStore(db, CLOCK);
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                talks.insert(Talk.titled("Edit " + i), null);
                waits.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(100);
            }
            String last = out.readLine();
            assertTrue(last.startsWith("commits "), last);
            assertEquals(Integer.valueOf(20), db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM talk WHERE title LIKE 'Edit %'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
            Collections.sort(waits);
            System.out.printf("20 edits beside a process writing 20-talk transactions back to back (%s): wait median %d ms, max %d ms%n",
                    last, waits.get(10), waits.get(19));
        } finally {
            assertEquals(0, child.waitFor());
        }
    }

    @Test
    void aWriteOnlyIfFreeGivesUpAtOnceWhileAnotherProcessWritesAndSaysNothingOfAWait() throws Exception {
        Path file = dir.resolve("lib.db");
        Database.open(file, CLOCK).close();
        Process child = ChildJvm.start(LibraryWriterChild.class, Map.of(), "hold", file.toString(), "5000");
        Waits waits = new Waits();
        try (Database db = Database.open(file, CLOCK, waits)) {
            assertEquals("holding", lines(child).readLine());
            Optional<String> done = db.writeIfFree(c -> "written");

            assertEquals(Optional.empty(), done);
            assertTrue(child.isAlive(), "gave up while the other process still held the library, not after it");
            assertEquals(List.of(), waits.events, "no wait to tell of");
            assertEquals(0, child.waitFor());
            assertEquals(Optional.of("written"), db.writeIfFree(c -> "written"));
        }
    }

    @Test
    void aWriteOnlyIfFreeGivesUpWhileAnotherThreadOfThisProcessWrites() throws Exception {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch tried = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> holder = pool.submit(() -> db.write(c -> {
                    writing.countDown();
                    try {
                        tried.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
                assertTrue(writing.await(10, TimeUnit.SECONDS));
                assertEquals(Optional.empty(), db.writeIfFree(c -> "written"));
                tried.countDown();
                holder.get(30, TimeUnit.SECONDS);
                assertEquals(Optional.of("written"), db.writeIfFree(c -> "written"));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void longWorkInsideAWriteHearsThatAnotherThreadWaitsToWrite() throws Exception {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            CountDownLatch writing = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // As an import's batch does: work until someone waits (or, here, 30 s pass), then commit.
                Future<Boolean> longWork = pool.submit(() -> db.write(c -> {
                    writing.countDown();
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (!db.writerWaiting() && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    return db.writerWaiting();
                }));
                assertTrue(writing.await(10, TimeUnit.SECONDS));
                Future<String> edit = pool.submit(() -> db.write(c -> "edited"));
                assertTrue(longWork.get(30, TimeUnit.SECONDS), "the long write saw the waiting writer");
                assertEquals("edited", edit.get(30, TimeUnit.SECONDS));
                assertTrue(!db.writerWaiting(), "nobody waits once both are done");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aReadDoesNotWaitForAWriteOfThisProcess() throws Exception {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            talks.insert(Talk.titled("Committed"), null);
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> writer = pool.submit(() -> db.write(c -> {
                    talks.insert(Talk.titled("Uncommitted"), null);
                    writing.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                }));
                assertTrue(writing.await(10, TimeUnit.SECONDS));
                Future<Long> read = Executors.newSingleThreadExecutor().submit(talks::count);
                assertEquals(1L, read.get(10, TimeUnit.SECONDS), "the read ran beside the write and saw only committed talks");
                finish.countDown();
                writer.get(10, TimeUnit.SECONDS);
                assertEquals(2L, talks.count());
            } finally {
                finish.countDown();
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aReadInsideAWriteSeesTheTransactionsOwnRows() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            long inside = db.write(c -> {
                talks.insert(Talk.titled("Not yet committed"), null);
                return talks.count();
            });
            assertEquals(1, inside);
        }
    }

    @Test
    void theLibraryVersionSeenByReadsMovesWithEveryWriteOfThisProcess() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            Database.LibraryVersion before = db.read(db::version);
            assertEquals(before, db.read(db::version), "no write, same version");
            talks.insert(Talk.titled("New"), null);
            Database.LibraryVersion after = db.read(db::version);
            assertTrue(!before.equals(after), "a write committed on the other connection is seen by the read connection");
            Database.LibraryVersion insideWrite = db.write(db::version);
            assertTrue(!insideWrite.equals(db.read(db::version)), "versions of the two connections never pass for each other");
            FacetStore facets = new FacetStore(db);
            assertEquals(1, facets.facets(TalkFilter.ALL).total());
            talks.insert(Talk.titled("Newer"), null);
            assertEquals(2, facets.facets(TalkFilter.ALL).total(), "the facet cache reloads after a write");
        }
    }

    @Test
    void writersOfThisProcessQueueAndEveryOneCommits() throws Exception {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                all.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        talks.insert(Talk.titled("T" + thread + " #" + i), null);
                        talks.count();
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(150, talks.count());
        }
    }

    @Test
    void readsAndWritesOfManyThreadsAtOnceSeeOnlyWholeTransactions() throws Exception {
        // The connections are opened without SQLite's own lock per connection (decision 0074): the process's write and
        // read locks alone keep each connection to one thread at a time.
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            AtomicBoolean writing = new AtomicBoolean(true);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < 3; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < 30; i++) {
                            int round = i;
                            db.write(c -> {
                                for (int k = 0; k < 5; k++) {
                                    talks.insert(Talk.titled("W" + writer + " round " + round + " talk " + k), null);
                                }
                                return null;
                            });
                        }
                    }));
                }
                List<Future<Integer>> readers = new ArrayList<>();
                for (int r = 0; r < 5; r++) {
                    readers.add(pool.submit(() -> {
                        int reads = 0;
                        do {
                            long seen = talks.count();
                            assertEquals(0, seen % 5, "a read saw part of a transaction: " + seen + " talks");
                            reads++;
                        } while (writing.get());
                        return reads;
                    }));
                }
                for (Future<?> f : writers) {
                    f.get(60, TimeUnit.SECONDS);
                }
                writing.set(false);
                for (Future<Integer> f : readers) {
                    assertTrue(f.get(60, TimeUnit.SECONDS) > 0);
                }
                assertEquals(450, talks.count());
            } finally {
                writing.set(false);
                pool.shutdownNow();
            }
        }
    }

    private static BufferedReader lines(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
