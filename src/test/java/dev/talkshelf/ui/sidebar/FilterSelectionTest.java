package dev.talkshelf.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilterSelectionTest {
    private final FilterSelection selection = new FilterSelection();

    private static FilterSelection.Entry tag(String path) {
        return new FilterSelection.Entry(FilterKind.TOPIC, path);
    }

    @Test
    void clickingCyclesIncludeExcludeOff() {
        assertEquals(FilterState.INCLUDE, selection.cycle(tag("python")));
        assertEquals(FilterState.EXCLUDE, selection.cycle(tag("python")));
        assertEquals(FilterState.OFF, selection.cycle(tag("python")));
    }

    @Test
    void theSecondGestureExcludesAtOnce() {
        assertEquals(FilterState.EXCLUDE, selection.toggleExclude(tag("rust")));
        assertEquals("-tag:rust", selection.query(""));
    }

    @Test
    void picksCombineInTheOrderTheyWereMade() {
        selection.cycle(tag("python"));
        selection.toggleExclude(tag("rust"));
        selection.set(new FilterSelection.Entry(FilterKind.STATUS, "unwatched"), FilterState.INCLUDE);
        assertEquals("tag:python -tag:rust status:unwatched", selection.query(""));
    }

    @Test
    void namesWithSpacesAreQuoted() {
        selection.cycle(new FilterSelection.Entry(FilterKind.SPEAKER, "David Hewitt"));
        selection.cycle(new FilterSelection.Entry(FilterKind.EVENT, "PyCon US 2024"));
        assertEquals("speaker:\"David Hewitt\" event:\"PyCon US 2024\"", selection.query(""));
    }

    @Test
    void theUsersOwnWordsStayWhileSidebarTermsAreRewritten() {
        selection.cycle(tag("python"));
        assertEquals("free threading tag:python", selection.query("free threading tag:rust speaker:\"A B\""));
    }

    @Test
    void onlyOneStatusAtATime() {
        selection.set(new FilterSelection.Entry(FilterKind.STATUS, "unwatched"), FilterState.INCLUDE);
        selection.set(new FilterSelection.Entry(FilterKind.STATUS, "in-progress"), FilterState.INCLUDE);
        assertEquals("status:in-progress", selection.query(""));
    }

    @Test
    void aTermDeletedFromTheSearchTextIsNoLongerPicked() {
        selection.cycle(tag("python"));
        selection.cycle(tag("rust"));
        selection.retainPresentIn("tag:rust");
        assertEquals(FilterState.OFF, selection.state(tag("python")));
        assertEquals(FilterState.INCLUDE, selection.state(tag("rust")));
    }

    @Test
    void quotedPartsStayInOneToken() {
        assertEquals(List.of("speaker:\"David Hewitt\"", "rust"), FilterSelection.tokens("speaker:\"David Hewitt\"  rust"));
    }
}
