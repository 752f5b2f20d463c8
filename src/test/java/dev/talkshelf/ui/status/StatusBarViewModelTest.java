package dev.talkshelf.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.TestLibrary;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusBarViewModelTest {

    @Test
    void waitingForAnotherTalkShelfIsAQuietStateThatEndsWhenTheEditGetsIn() {
        StatusBarViewModel model = new StatusBarViewModel(null, new SameThreadTaskRunner());
        model.messageProperty().set("Marked 1 talk watched");
        assertFalse(model.waitingProperty().get());

        model.libraryBusy(true);
        assertTrue(model.waitingProperty().get());
        assertEquals("Marked 1 talk watched", model.messageProperty().get(), "no error put in place of the last news");

        model.libraryBusy(false);
        assertFalse(model.waitingProperty().get());
    }

    @Test
    void aSummaryThatFailsClearsTheOldFiguresInsteadOfLeavingThemStanding(@TempDir Path dir) throws Exception {
        try (Services services = TestLibrary.sample(dir)) {
            StatusBarViewModel model = new StatusBarViewModel(services.search(), new SameThreadTaskRunner());
            model.load("");
            assertTrue(model.summaryProperty().get().contains("talks"), model.summaryProperty().get());

            model.load("year:>>");

            assertEquals("", model.summaryProperty().get());
        }
    }
}
