package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.catalog.CatalogException;
import dev.talkshelf.catalog.DuplicateNameException;
import dev.talkshelf.catalog.LibraryBusyException;
import dev.talkshelf.player.PlayerNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FailureKindTest {
    @Test
    void aBusyLibraryIsToldFromOtherLibraryProblemsByItsType() {
        assertEquals(FailureKind.LIBRARY_BUSY, FailureKind.of(new LibraryBusyException("waited 60 s")));
        assertEquals(FailureKind.LIBRARY_PROBLEM, FailureKind.of(new CatalogException("the library is busy")));
    }

    @Test
    void whatTheCommandLineCallsBadInputIsBadInput() {
        assertEquals(FailureKind.BAD_INPUT, FailureKind.of(new UserInputException("x")));
        assertEquals(FailureKind.BAD_INPUT, FailureKind.of(new InvalidQueryException("x", 1)));
        assertEquals(FailureKind.BAD_INPUT, FailureKind.of(new DuplicateNameException("x")));
        assertEquals(FailureKind.BAD_INPUT, FailureKind.of(new PlayerNotFoundException("mpv")));
    }

    @Test
    void filesFailingAreInputOutputAndTheRestIsUnexpected() {
        assertEquals(FailureKind.INPUT_OUTPUT, FailureKind.of(new UncheckedIOException(new NoSuchFileException("a"))));
        assertEquals(FailureKind.UNEXPECTED, FailureKind.of(new IllegalStateException("Exception in SQL")));
        assertEquals(FailureKind.FATAL, FailureKind.of(new StackOverflowError()));
    }
}
