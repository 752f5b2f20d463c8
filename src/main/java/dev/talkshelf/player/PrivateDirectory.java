package dev.talkshelf.player;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder only this user can enter (0700), for a player's control socket: anyone who can reach
 * that socket can make mpv run commands, so it must not sit in a world-writable place.
 */
record PrivateDirectory(Path path) {

    private static final System.Logger LOG = System.getLogger(PrivateDirectory.class.getName());

    static PrivateDirectory create(String prefix) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new PrivateDirectory(Files.createTempDirectory(prefix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
        }
        // Elsewhere the user's temp folder is already private to the user.
        return new PrivateDirectory(Files.createTempDirectory(prefix));
    }

    void delete() {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(Level.DEBUG, "Could not delete " + p, e);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not clean up " + path, e);
        }
    }
}
