package dev.talkshelf.ui.playlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The "Fill to a time budget" form: the name that follows the budget, and what it lets through. */
class BudgetPlaylistViewModelTest {

    @Test
    void startsFromTheWindowsSearchWithNinetyMinutesNamedAfterThem() {
        BudgetPlaylistViewModel form = new BudgetPlaylistViewModel("tag:python");

        assertEquals(new BudgetPlaylistViewModel.Request("Next 90m", "tag:python", Duration.ofMinutes(90)), form.request().orElseThrow());
        BudgetPlaylistViewModel noSearch = new BudgetPlaylistViewModel(null);
        assertEquals("Type the search the talks come from, e.g. tag:python", noSearch.problemProperty().get());
        assertFalse(noSearch.request().isPresent());
    }

    @Test
    void theNameFollowsTheBudgetUntilTheUserNamesItThemselves() {
        BudgetPlaylistViewModel form = new BudgetPlaylistViewModel("rust");
        form.budgetProperty().set("2h");
        assertEquals("Next 2h", form.nameProperty().get());

        form.nameProperty().set("Next weekend");
        form.budgetProperty().set("3h");
        assertEquals("Next weekend", form.nameProperty().get(), "a name the user wrote stays, even one starting with Next");
        assertEquals(Duration.ofHours(3), form.request().orElseThrow().budget());
    }

    @Test
    void aBudgetThatIsNotALengthOfTimeOrABlankNameIsAProblemAndNothingIsSent() {
        BudgetPlaylistViewModel form = new BudgetPlaylistViewModel("rust");
        form.budgetProperty().set("soon");
        assertTrue(form.problemProperty().get().contains("\"soon\" is not a length of time"), form.problemProperty().get());
        assertFalse(form.request().isPresent());

        form.budgetProperty().set("0m");
        assertFalse(form.request().isPresent(), "no talk fits in no time");

        form.budgetProperty().set("1:30:00");
        assertEquals("", form.problemProperty().get());
        form.nameProperty().set("  ");
        assertEquals("Give the playlist a name", form.problemProperty().get());
        assertFalse(form.request().isPresent());
    }
}
