package dev.talkshelf.ui.thumbnails;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The folder of cached pictures, kept under a size cap by dropping the least recently used first. A file's
 * modified time is its last use: set when it is written and moved forward when it is shown again (at most once
 * an hour per file, so showing a table does not write to the disk all the time); access times are not used, since
 * many systems do not keep them. Blocking: call it on a background thread.
 */
final class ThumbnailCache {
    static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    private static final Duration TOUCH_EVERY = Duration.ofHours(1);
    /** A half-written picture older than this was left by a run that ended mid-download. */
    private static final Duration ABANDONED_PART = Duration.ofMinutes(10);

    private final Path dir;
    private final long maxBytes;
    /** The folder's size as last counted plus what was written since; a full count runs when it passes the cap. */
    private final AtomicLong estimate = new AtomicLong(-1);

    ThumbnailCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    Path dir() {
        return dir;
    }

    /** Marks {@code file} as just used, so it is among the last to go. */
    void used(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Instant now = Instant.now();
            if (modified.toInstant().plus(TOUCH_EVERY).isBefore(now)) {
                Files.setLastModifiedTime(file, FileTime.from(now));
            }
        } catch (IOException e) {
            // gone or read-only: it will be made again or simply not kept
        }
    }

    /** Counts a picture just written; trims the folder when the count passes the cap. Returns the files removed. */
    List<Path> written(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        long now = estimate.get() < 0 ? -1 : estimate.addAndGet(size);
        return now < 0 || now > maxBytes ? trim() : List.of();
    }

    /** Removes the least recently used pictures until the folder is within the cap. Returns the files removed. */
    synchronized List<Path> trim() {
        List<Entry> entries = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        long total = 0;
        Instant abandoned = Instant.now().minus(ABANDONED_PART);
        if (!Files.isDirectory(dir)) {
            estimate.set(0);
            return removed;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // removed meanwhile
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                if (file.getFileName().toString().startsWith(".thumb")) {
                    if (attributes.lastModifiedTime().toInstant().isBefore(abandoned) && delete(file)) {
                        removed.add(file);
                    }
                    continue; // a download in progress, or just removed
                }
                entries.add(new Entry(file, attributes.size(), attributes.lastModifiedTime()));
                total += attributes.size();
            }
        } catch (IOException e) {
            return removed;
        }
        entries.sort(Comparator.comparing(Entry::lastUsed).thenComparing(e -> e.file().getFileName().toString()));
        for (Entry e : entries) {
            if (total <= maxBytes) {
                break;
            }
            if (delete(e.file())) {
                total -= e.size();
                removed.add(e.file());
            }
        }
        estimate.set(total);
        return removed;
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    private record Entry(Path file, long size, FileTime lastUsed) {
    }
}
