package dev.talkshelf.formats;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * How many talk files a PyVideo tree holds, for the progress of its import: the talk file names in its
 * {@code videos} folders ({@link PyVideoReader#hasTalkFileName}, {@link PyVideoReader#isVideosFolder}), listed, not looked
 * at one by one. {@code Files.find} read each file's attributes: at a million talks ~9 s of CPU (6 of them in the
 * kernel) beside the import's reading, for a figure only progress shows. So a folder or a dangling link with such a
 * name counts here though the reading skips it: the reading has the last word (a tree it finds no talk file in is
 * refused, whatever this says).
 */
final class TalkFileCount {
    private TalkFileCount() {
    }

    /** The count, or what it had reached when {@code stopped} said true. */
    static long under(Path root, BooleanSupplier stopped) throws IOException {
        long found = 0;
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(root);
        while (!folders.isEmpty() && !stopped.getAsBoolean()) {
            Path folder = folders.pop();
            boolean talkFolder = PyVideoReader.isVideosFolder(folder);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (talkFolder && PyVideoReader.hasTalkFileName(entry)) {
                        found++;
                    } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        folders.push(entry); // a link to a folder is not followed, by the reading either
                    }
                }
            }
        }
        return found;
    }
}
