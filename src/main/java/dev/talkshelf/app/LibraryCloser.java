package dev.talkshelf.app;

import dev.talkshelf.catalog.Database;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes an open library: first lets the words its searches asked to keep be kept (decision 0083: a figure build
 * takes 0.6-2 s at a million talks), so a command line's search leaves them for the next command; then the file.
 */
record LibraryCloser(ExecutorService keeping, Database db) implements AutoCloseable {
    /** The longest a close waits for the words being kept; then it waits only for the write under way, if any. */
    private static final Duration KEEPING_AT_CLOSE = Duration.ofSeconds(30);

    @Override
    public void close() throws InterruptedException {
        keeping.shutdown();
        try {
            if (!keeping.awaitTermination(KEEPING_AT_CLOSE.toSeconds(), TimeUnit.SECONDS)) {
                System.getLogger(LibraryCloser.class.getName()).log(System.Logger.Level.WARNING, "words still being kept at close");
            }
        } finally {
            db.close();
        }
    }
}
