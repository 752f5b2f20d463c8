package dev.talkshelf.cli;

import dev.talkshelf.catalog.WriteWaitListener;
import dev.talkshelf.service.LibraryBackups;
import dev.talkshelf.service.Services;
import java.nio.file.Path;

/**
 * What the command line needs from the app: a way to open a library (the {@code --library} option, or null
 * for the usual choice) and a way to open the window when no command is given.
 */
public interface CliEnvironment {

    Services open(Path libraryOption);

    /** Opens the library, telling {@code waits} when a write waits for another TalkShelf. */
    default Services open(Path libraryOption, WriteWaitListener waits) {
        return open(libraryOption);
    }

    void openWindow(Path libraryOption);

    /** Backups of the library the option names, without opening it (it may be the one that cannot be opened). */
    default LibraryBackups backups(Path libraryOption) {
        throw new UnsupportedOperationException("backups are not available here");
    }
}
