package dev.talkshelf.catalog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Lets a long writer (an import) see writers waiting in other processes. A writer that finds the library busy holds
 * a shared lock on a side file ({@code LIBRARY-waiting}) while it waits; the long writer asks whether anyone holds
 * such a lock and, if so, commits at once. The file holds no data, only locks, which the system drops with the
 * process that held them. Only used under the database's in-process write lock, so one thread at a time.
 */
final class WaitingWriters implements AutoCloseable {
    /** Asking costs two system calls; a writer waits ~0.5 ms between its tries, so every few ms is soon enough. */
    private static final long ASK_EVERY_NANOS = 3_000_000;
    private final Path file;
    private FileChannel channel;
    private long lastAsked = System.nanoTime() - ASK_EVERY_NANOS;
    private boolean lastAnswer;

    WaitingWriters(Path library) {
        this.file = library.resolveSibling(library.getFileName() + "-waiting");
    }

    /**
     * Says this writer waits: the returned lock is held until {@link #done}. Null when it cannot be said now (the
     * long writer is asking at this moment, or the folder refuses the file); the writer tries again on its next try.
     */
    FileLock waiting() {
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            return channel.tryLock(0, Long.MAX_VALUE, true);
        } catch (IOException | OverlappingFileLockException e) {
            // Overlapping: another library object of this process already says it waits, which is as good.
            return null;
        }
    }

    static void done(FileLock lock) {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                // the lock goes with the channel at the latest
            }
        }
    }

    /** True when a writer of another process (or another library object of this one) waits for the library. */
    boolean anyWaiting() {
        long now = System.nanoTime();
        if (now - lastAsked < ASK_EVERY_NANOS) {
            return lastAnswer;
        }
        lastAsked = now;
        lastAnswer = ask();
        return lastAnswer;
    }

    private boolean ask() {
        try {
            if (channel == null) {
                if (!Files.exists(file)) {
                    return false; // nobody ever waited for this library
                }
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            FileLock probe = channel.tryLock(0, Long.MAX_VALUE, false);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held in it matters any more
            }
            channel = null;
        }
    }
}
