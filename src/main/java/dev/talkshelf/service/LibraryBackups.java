package dev.talkshelf.service;

import dev.talkshelf.catalog.Backups;
import dev.talkshelf.catalog.CatalogException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Backing up and restoring one library file. Works on the file, not on an open library, so that a library that
 * cannot be opened any more can still be replaced by a good backup. Restore only while nothing has the library open.
 */
public final class LibraryBackups {
    private final Path library;
    private final Clock clock;

    public LibraryBackups(Path library, Clock clock) {
        this.library = library.toAbsolutePath();
        this.clock = clock;
    }

    public Path library() {
        return library;
    }

    /** Where automatic and "back up now" copies go: {@code backups/} beside the library. */
    public Path folder() {
        return Backups.folderOf(library);
    }

    /** A verified copy of the library to {@code target}, or into the backups folder when it is null. */
    public Path backUp(Path target) {
        return Backups.copy(library, target, clock);
    }

    /** The day's automatic copy, when one is due (none in the last 24 hours); seven are kept. */
    public Optional<Path> dailyIfDue() {
        return Backups.dailyIfDue(library, clock);
    }

    /** Every backup of this library in its folder, newest first. */
    public List<Path> list() {
        return Backups.list(library);
    }

    /** The newest backup that passes its integrity check. */
    public Optional<Path> latestGood() {
        return Backups.latestGood(library);
    }

    /**
     * Replaces the library with the backup at {@code from}, after saving the current one (returned). A file that is
     * not a sound TalkShelf library this version reads is refused as bad input, and nothing changes.
     */
    public Optional<Path> restore(Path from) {
        try {
            Backups.verify(from);
        } catch (CatalogException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return Backups.restore(library, from, clock);
    }
}
