package dev.talkshelf.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiPredicate;

/**
 * The files under a folder that a test accepts, in the order {@code Files.walk(root).sorted()} gives them (paths
 * compared byte by byte), but found as they are asked for: only the listings of the folders on the way down are
 * held, not every path of the tree. A million-file PyVideo tree's sorted path list was ~180 MB of a 384 MB heap.
 * Symbolic links to folders are not followed, as {@code Files.walk} does not follow them. The test is given each file's
 * own attributes (its link's, for a link; null when they cannot be read), read once as the folder is listed.
 */
final class PathOrderWalk implements Iterator<Path> {
    private final BiPredicate<Path, BasicFileAttributes> wanted;
    /** Per folder on the way down, its entries not yet visited, in order. */
    private final Deque<Iterator<Entry>> pending = new ArrayDeque<>();
    private Path next;

    /** A folder entry with its sort key: its name's bytes, with a '/' after a folder's (as in the paths below it). */
    private record Entry(Path path, BasicFileAttributes attributes, boolean folder, byte[] key) {
    }

    PathOrderWalk(Path root, BiPredicate<Path, BasicFileAttributes> wanted) throws IOException {
        this.wanted = wanted;
        pending.push(listing(root));
        advance();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    /** The next file; an unreadable folder on the way fails with {@link java.io.UncheckedIOException}. */
    @Override
    public Path next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Path found = next;
        try {
            advance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private void advance() throws IOException {
        next = null;
        while (!pending.isEmpty()) {
            Iterator<Entry> top = pending.peek();
            if (!top.hasNext()) {
                pending.pop();
                continue;
            }
            Entry e = top.next();
            if (e.folder()) {
                pending.push(listing(e.path()));
            } else if (wanted.test(e.path(), e.attributes())) {
                next = e.path();
                return;
            }
        }
    }

    private static Iterator<Entry> listing(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                BasicFileAttributes attributes = attributesOf(p);
                boolean isFolder = attributes != null && attributes.isDirectory();
                String name = p.getFileName().toString();
                entries.add(new Entry(p, attributes, isFolder, (isFolder ? name + "/" : name).getBytes(StandardCharsets.UTF_8)));
            }
        }
        entries.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        return entries.iterator();
    }

    /** The entry's own attributes (not a link's target's); null when they cannot be read, as for a file gone meanwhile. */
    private static BasicFileAttributes attributesOf(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
