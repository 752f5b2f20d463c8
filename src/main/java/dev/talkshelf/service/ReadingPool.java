package dev.talkshelf.service;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read one import (decision 0076): its sources are read, parsed, tagged and packed on them, and the
 * parallel streams that work runs go to them too, not to the common pool the window's searches share. They run at
 * {@link Thread#MIN_PRIORITY}: the storing thread is the import's critical path, and on two cores it waited for a core
 * while the reading side (which runs ahead of it) had both. The priority reaches the OS where the JVM maps priorities
 * to nice values, as the packaged runtime does ({@code -XX:ThreadPriorityPolicy=1}); elsewhere it changes nothing.
 * <p>
 * As many threads as cores: one reads the sources, the others join its parallel work, as the common pool's workers
 * with the reading thread did before.
 */
final class ReadingPool implements AutoCloseable {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private final ForkJoinPool pool;

    ReadingPool() {
        String prefix = "talkshelf-import-reading-" + RUNS.incrementAndGet() + "-";
        AtomicInteger workers = new AtomicInteger();
        pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            worker.setName(prefix + workers.incrementAndGet());
            worker.setPriority(Thread.MIN_PRIORITY);
            return worker; // a daemon, as every pool worker: a reading left behind never keeps the process alive
        }, null, false);
    }

    /** Starts the reading; what it throws is its own to report (the import's reading puts it on the feed). */
    void start(Runnable reading) {
        pool.execute(reading);
    }

    /** Waits up to 10 seconds for the reading to end (it stops at its next chunk or progress report). */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
