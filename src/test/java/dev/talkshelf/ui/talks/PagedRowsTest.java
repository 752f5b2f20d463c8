package dev.talkshelf.ui.talks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.talkshelf.model.Talk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** One row list for every search: reset in place, telling only what changed. */
class PagedRowsTest {

    private static List<TalkRow> rows(String... titles) {
        return Arrays.stream(titles).map(t -> TalkRow.of(Talk.titled(t))).toList();
    }

    @Test
    void aResetKeepsEachPositionsRow() {
        PagedRows list = new PagedRows(0, p -> { });
        list.reset(3, p -> { }, rows("a", "b", "c"));
        LazyRow first = list.get(0);
        list.reset(2, p -> { }, rows("d", "e"));
        assertSame(first, list.get(0));
        assertEquals("d", list.get(0).row().title());
    }

    @Test
    void aRowGivenTheSameTalkTellsNobody() {
        PagedRows list = new PagedRows(0, p -> { });
        list.reset(2, p -> { }, rows("a", "b"));
        AtomicInteger told = new AtomicInteger();
        list.get(0).rowProperty().addListener((obs, old, now) -> told.incrementAndGet());
        list.get(1).rowProperty().addListener((obs, old, now) -> told.incrementAndGet());
        list.reset(2, p -> { }, rows("a", "x"));
        assertEquals(1, told.get());
    }

    @Test
    void aShorterSearchReportsTheRowsCutOffTheEnd() {
        PagedRows list = new PagedRows(0, p -> { });
        list.reset(5, p -> { }, rows("a", "b", "c", "d", "e"));
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<LazyRow>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + " -" + c.getRemovedSize() + " +" + c.getAddedSize());
            }
        });
        list.reset(2, p -> { }, rows("a", "b"));
        list.reset(4, p -> { }, rows("a", "b", "c", "d"));
        assertEquals(List.of("2 -3 +0", "2 -0 +2"), changes);
        assertEquals(4, list.size());
    }

    @Test
    void cuttingOffRowsNobodyLookedAtMakesNoRowsForThem() {
        PagedRows list = new PagedRows(0, p -> { });
        list.reset(100_000, p -> { }, rows("a", "b"));
        LazyRow seen = list.get(50_000); // a row someone scrolled to
        List<LazyRow> removed = new ArrayList<>();
        list.addListener((ListChangeListener<LazyRow>) c -> {
            while (c.next()) {
                removed.addAll(c.getRemoved());
            }
        });

        list.reset(10, p -> { }, rows("c"));

        assertEquals(99_990, removed.size());
        assertSame(seen, removed.get(50_000 - 10), "a row that was shown is reported as itself");
        assertEquals(99_989, removed.stream().filter(r -> r == LazyRow.NEVER_SHOWN).count(),
                "the others were never made, and are not made now");
        assertEquals(-1, list.indexOf(LazyRow.NEVER_SHOWN));
    }

    @Test
    void rowsBeyondTheFirstPageAreFetchedAgainForTheNewSearch() {
        PagedRows list = new PagedRows(0, p -> { });
        list.reset(PagedRows.PAGE_SIZE * 2, p -> { }, rows("a"));
        list.fill(1, rows("old"));
        List<Integer> asked = new ArrayList<>();
        list.reset(PagedRows.PAGE_SIZE * 2, asked::add, rows("b"));
        assertNull(list.loaded(PagedRows.PAGE_SIZE));
        list.get(PagedRows.PAGE_SIZE).request();
        assertEquals(List.of(1), asked);
    }

    @Test
    void aRowsPositionIsFoundWithoutWalkingTheList() {
        PagedRows list = new PagedRows(0, p -> { });
        list.reset(100_000, p -> { }, rows("a"));
        LazyRow row = list.get(99_999);
        assertEquals(99_999, list.indexOf(row));
        list.reset(10, p -> { }, rows("a"));
        assertEquals(-1, list.indexOf(row));
    }
}
