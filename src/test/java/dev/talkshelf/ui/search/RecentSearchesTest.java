package dev.talkshelf.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentSearchesTest {
    @Test
    void newestComesFirstAndARepeatMovesUp() {
        assertEquals(List.of("rust", "python"), RecentSearches.add(List.of("python", "rust"), "rust"));
    }

    @Test
    void blankSearchesAreNotRemembered() {
        assertEquals(List.of("python"), RecentSearches.add(List.of("python"), "   "));
    }

    @Test
    void onlyTheLastTenAreKept() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            recent = RecentSearches.add(recent, "q" + i);
        }
        assertEquals(10, recent.size());
        assertEquals("q14", recent.get(0));
    }

    @Test
    void pointerMarksTheErrorColumn() {
        assertEquals("    ^", SearchBarViewModel.pointer("tag:(", 5));
    }
}
