package dev.talkshelf.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * One log file per data folder, shared by every TalkShelf process that runs at the same time (the window and any
 * number of command lines). Each record is appended whole while holding an OS lock on a separate
 * {@code talkshelf.log.lock} file (never renamed, so every process locks the same file even across a rotation),
 * then the log is closed again: no lock is held between records and nothing is opened before the first one.
 * When the next record would take the log past its cap, the log becomes {@code talkshelf.log.1} (replacing the
 * older one) under the same lock, so two processes never rotate twice or write into a file being moved away.
 * java.util.logging's FileHandler, used before, made a numbered sibling for every process that found its lock
 * taken ({@code talkshelf.log.0.1} ... {@code .0.39} after 40 commands at once).
 */
final class SharedLogFile extends Handler {
    /** The old FileHandler's files: {@code talkshelf.log.0}, {@code .0.7}, {@code .1.3}, and their {@code .lck}. */
    private static final String OLD_SIBLINGS = "\\.\\d+(\\.\\d+)?(\\.lck)?|(\\.\\d+)*\\.lck";
    /** One JVM must not ask the OS twice for the same lock (it throws); its threads take turns here first. */
    private static final Object IN_THIS_PROCESS = new Object();

    private final Path log;
    private final Path rotated;
    private final Path lock;
    private final long maxBytes;
    private boolean leftoversRemoved;
    private boolean broken;

    SharedLogFile(Path log, long maxBytes) {
        this.log = log;
        this.rotated = log.resolveSibling(log.getFileName() + ".1");
        this.lock = log.resolveSibling(log.getFileName() + ".lock");
        this.maxBytes = maxBytes;
        setErrorManager(new ErrorManager() {
            @Override
            public synchronized void error(String msg, Exception ex, int code) {
                // The default prints on stderr; a log that cannot be written must stay off the terminal.
            }
        });
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        byte[] entry;
        try {
            entry = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            reportError("cannot format a log record", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        synchronized (IN_THIS_PROCESS) {
            if (broken) {
                return;
            }
            try {
                append(entry);
            } catch (IOException | RuntimeException e) {
                broken = true; // a read-only or full disk: stop trying rather than pay for it on every record
                reportError("cannot write the log", e, ErrorManager.WRITE_FAILURE);
            }
        }
    }

    private void append(byte[] entry) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        try (FileChannel guard = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = lockOrNull(guard);
            try {
                appendLocked(entry);
            } finally {
                if (held != null) {
                    held.release();
                }
            }
        }
    }

    /** The lock; null where the file system has no locks (some network mounts): then records go in unguarded. */
    private FileLock lockOrNull(FileChannel guard) throws IOException {
        try {
            return guard.lock();
        } catch (IOException e) {
            if (!guard.isOpen()) {
                throw e;
            }
            reportError("cannot lock the log; writing without the lock", e, ErrorManager.GENERIC_FAILURE);
            return null;
        }
    }

    /** Rotates when this entry would pass the cap, then appends it whole. Only while holding the lock. */
    private void appendLocked(byte[] entry) throws IOException {
        if (!leftoversRemoved) {
            leftoversRemoved = true;
            removeOldSiblings();
        }
        long size = Files.exists(log) ? Files.size(log) : 0;
        if (size > 0 && size + entry.length > maxBytes) {
            Files.move(log, rotated, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        try (FileChannel out = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(entry);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }

    /** Files the FileHandler of earlier versions left beside the log; they would otherwise stay forever. */
    private void removeOldSiblings() {
        String name = log.getFileName().toString();
        Pattern old = Pattern.compile(Pattern.quote(name) + "(" + OLD_SIBLINGS + ")");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(log.toAbsolutePath().getParent(), name + ".*")) {
            for (Path file : files) {
                String n = file.getFileName().toString();
                if (!file.equals(rotated) && old.matcher(n).matches()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            reportError("cannot remove old log files", e, ErrorManager.GENERIC_FAILURE);
        }
    }

    @Override
    public void flush() {
        // Every record is written and closed as it comes.
    }

    @Override
    public void close() {
        // Nothing is held open between records.
    }
}
