package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.service.UserInputException;
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
                new RuntimeException("the library is busy in another program; try again in a moment"), () -> { });
        assertTrue(e.hasAction());
        assertEquals("Try again", e.actionLabel());
    }

    @Test
    void aProgrammingErrorNeverShowsItsInsides() {
        UserError e = UserErrors.describe("search", new NullPointerException("Cannot invoke java.lang.String.length()"), null);
        assertFalse(e.message().contains("java."));
        assertTrue(e.message().contains("log file"));
    }
}
