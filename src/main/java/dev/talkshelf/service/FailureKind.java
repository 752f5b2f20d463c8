package dev.talkshelf.service;

import dev.talkshelf.catalog.CatalogException;
import dev.talkshelf.catalog.DuplicateNameException;
import dev.talkshelf.catalog.LibraryBusyException;
import dev.talkshelf.catalog.NoSuchPlaylistException;
import dev.talkshelf.catalog.NoSuchTalkException;
import dev.talkshelf.player.PlayerException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What kind of failure an exception from the services is, by its type: the one mapping every edge shares, so the
 * window says what the command line says (the window may not see the catalog's types itself).
 */
public enum FailureKind {
    /** The user asked for something that cannot be done as asked; the message says why and is shown as is. */
    BAD_INPUT,
    /** Another TalkShelf held the library too long; nothing changed, and the same again may work. */
    LIBRARY_BUSY,
    /** The library file cannot be used as it is; the message says why in a user's words. */
    LIBRARY_PROBLEM,
    /** A file or the network failed; the message names what, in the system's words. */
    INPUT_OUTPUT,
    /** Out of stack or memory (see {@link FatalErrors}). */
    FATAL,
    /** A fault of ours: the user gets a plain sentence, the details go to the log. */
    UNEXPECTED;

    public static FailureKind of(Throwable error) {
        if (FatalErrors.isFatal(error)) {
            return FATAL;
        }
        if (error instanceof UserInputException || error instanceof NoSuchTalkException
                || error instanceof NoSuchPlaylistException || error instanceof DuplicateNameException
                || error instanceof PlayerException) {
            return BAD_INPUT;
        }
        if (error instanceof LibraryBusyException) {
            return LIBRARY_BUSY;
        }
        if (error instanceof CatalogException) {
            return LIBRARY_PROBLEM;
        }
        if (error instanceof IOException || error instanceof UncheckedIOException) {
            return INPUT_OUTPUT;
        }
        return UNEXPECTED;
    }

    /** Whether the exception's own message is written for a user. */
    public boolean messageIsForUsers() {
        return this != FATAL && this != UNEXPECTED;
    }
}
