package dev.talkshelf.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;

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
}
