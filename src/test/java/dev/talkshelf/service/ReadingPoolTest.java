package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An import's reading, and the parallel work it starts, run on low-priority threads of their own (decision 0076). */
class ReadingPoolTest {

    @Test
    void parallelWorkStartedByTheReadingStaysOnItsLowPriorityThreads() throws Exception {
        Set<Thread> ran = ConcurrentHashMap.newKeySet();
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        try (ReadingPool reading = new ReadingPool()) {
            reading.start(() -> {
                ran.add(Thread.currentThread());
                // as the import's topic suggestions and description packing do: a parallel stream
                done.complete(IntStream.range(0, 20_000).parallel().mapToObj(i -> {
                    ran.add(Thread.currentThread());
                    return Integer.toHexString(i * 31);
                }).toList());
            });
            assertEquals(20_000, done.get(30, TimeUnit.SECONDS).size());
        }
        assertFalse(ran.isEmpty());
        for (Thread thread : ran) {
            assertTrue(thread.getName().startsWith("talkshelf-import-reading-"), thread.getName());
            assertEquals(Thread.MIN_PRIORITY, thread.getPriority(), thread.getName());
            assertNotSame(ForkJoinPool.commonPool(), ((ForkJoinWorkerThread) thread).getPool(), thread.getName());
            assertTrue(thread.isDaemon(), thread.getName() + " would keep the process alive");
        }
    }

    @Test
    void closingWaitsForTheReadingToEnd() throws Exception {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        try (ReadingPool reading = new ReadingPool()) {
            reading.start(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ended.complete(null);
            });
        }
        assertTrue(ended.isDone(), "close() returned while the reading still ran");
    }
}
