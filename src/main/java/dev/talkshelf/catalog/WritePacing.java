package dev.talkshelf.catalog;

import java.util.concurrent.TimeUnit;

/**
 * Spaces out a long series of short write transactions (an import, taking one back) so other writers get in: a
 * moment after every transaction lets a thread of this process that waits for the library take it, and a longer
 * pause every {@link #LONG_PAUSE_EVERY_MS} lets in another process, whose SQLite busy handler looks for the lock
 * every 100 ms once it has waited a while. One per series; not thread-safe.
 */
public final class WritePacing {
    static final long SHORT_PAUSE_MS = 2;
    static final long LONG_PAUSE_MS = 110;
    static final long LONG_PAUSE_EVERY_MS = 600;

    private long workingSinceNanos = System.nanoTime();

    /** Called between two transactions of the series. */
    public void pause() {
        long worked = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - workingSinceNanos);
        boolean longPause = worked >= LONG_PAUSE_EVERY_MS;
        try {
            Thread.sleep(longPause ? LONG_PAUSE_MS : SHORT_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (longPause) {
            workingSinceNanos = System.nanoTime();
        }
    }
}
