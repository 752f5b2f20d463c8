package dev.talkshelf.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search bar's "Search what was said" switch. */
class SearchBarViewModelTest {
    private final List<String> searches = new ArrayList<>();
    private final SearchBarViewModel bar = new SearchBarViewModel(new SameThreadTaskRunner(), List.of());

    SearchBarViewModelTest() {
        bar.onSearch(searches::add);
        bar.queryProperty().set("interpreter");
        searches.clear();
    }

    @Test
    void switchingWhatWasSaidSearchesAgain() {
        bar.wordsSaidProperty().set(true);
        bar.wordsSaidProperty().set(false);

        assertEquals(List.of("interpreter", "interpreter"), searches);
    }

    @Test
    void theSwitchAsLastLeftIsRestoredWithoutASearch() {
        bar.restoreWordsSaid(true);

        assertTrue(bar.wordsSaidProperty().get());
        assertTrue(searches.isEmpty());
    }
}
