package dev.talkshelf.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.catalog.LibraryBusyException;
import dev.talkshelf.catalog.NoSuchTalkException;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.UserInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserErrorsTest {
    @Test
    void aUserInputMessageIsShownAsIs() {
        UserError e = UserErrors.describe("rate the talk", new UserInputException("a rating is 1 to 5 stars, not 7"), null);
        assertEquals("Could not rate the talk", e.title());
        assertEquals("a rating is 1 to 5 stars, not 7", e.message());
    }

    @Test
    void aBusyLibraryOffersToTryAgain() {
        UserError e = UserErrors.describe("mark the talks watched",
                new LibraryBusyException("the library is busy in another TalkShelf (waited 60 s); nothing was changed"), () -> { });
        assertTrue(e.hasAction());
        assertEquals("Try again", e.actionLabel());
        assertEquals("The library is busy in another TalkShelf (waited 60 s); nothing was changed", e.message());
    }

    @Test
    void aMessageThatMerelyMentionsBusyIsNotABusyLibrary() {
        UserError e = UserErrors.describe("rename the playlist",
                new UserInputException("a playlist named \"busy weeks\" already exists"), () -> { });
        assertFalse(e.hasAction(), "bad input stays bad when tried again");
    }

    @Test
    void anUntypedErrorNeverShowsItsOwnMessageEvenWhenItReadsWell() {
        UserError e = UserErrors.describe("search", new IllegalArgumentException("offset must not be negative"), null);
        assertFalse(e.message().contains("offset"), e.message());
        assertTrue(e.message().contains("log file"));
    }

    @Test
    void aMissingTalkIsBadInputShownInTheLibrarysWords() {
        UserError e = UserErrors.describe("rate the talk", new NoSuchTalkException(new TalkId(42)), () -> { });
        assertEquals(new NoSuchTalkException(new TalkId(42)).getMessage(), e.message());
        assertFalse(e.hasAction());
    }

    @Test
    void aProgrammingErrorNeverShowsItsInsides() {
        UserError e = UserErrors.describe("search", new NullPointerException("Cannot invoke java.lang.String.length()"), null);
        assertFalse(e.message().contains("java."));
        assertTrue(e.message().contains("log file"));
    }

    @Test
    void runningOutOfStackSaysWhatHappenedWithoutATrace() {
        UserError e = UserErrors.describe("search the library", new StackOverflowError(), () -> { });
        assertEquals("The input is nested too deeply for TalkShelf to handle (it ran out of stack space); nothing was"
                + " changed. The details are in the log file.", e.message());
        assertFalse(e.hasAction(), "trying the same again would fail the same way");
    }

    @Test
    void runningOutOfMemorySaysSoAndHowToHelpIt() {
        UserError e = UserErrors.describe("import the file", new OutOfMemoryError("Java heap space"), null);
        assertTrue(e.message().startsWith("TalkShelf ran out of memory; nothing was changed. Try a smaller input"), e.message());
        assertFalse(e.message().contains("heap space"));
    }

    @Test
    void aReportedStackOverflowIsOneLogLineWithoutItsFrames() {
        try (dev.talkshelf.LogCapture log = dev.talkshelf.LogCapture.of(UserErrors.class)) {
            List<UserError> shown = new ArrayList<>();
            new UserErrors(shown::add).report("search the library", new StackOverflowError(), null);
            assertEquals(1, shown.size());
            assertEquals(1, log.records().size());
            assertEquals(null, log.records().get(0).getThrown());
            assertTrue(log.records().get(0).getMessage().startsWith("could not search the library: java.lang.StackOverflowError"));
        }
    }
}
