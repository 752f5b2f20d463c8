package dev.talkshelf.ui.talks;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;

/**
 * The rows of a search as a list of the number of matches whose talks are fetched a page at a time, only for
 * the pages someone looks at. 100,000 matches cost 100,000 empty slots, not 100,000 talks.
 *
 * <p>One list serves every search: a new search {@linkplain #reset resets} it in place. Each position keeps its
 * {@link LazyRow} and only rows whose talk changed tell their cells, so the table relays out the cells that
 * show something new instead of every row (a new list made the table and its selection start over, and look
 * up the focused row in all 100,000).
 */
public final class PagedRows extends ObservableListBase<LazyRow> {
    public static final int PAGE_SIZE = 200;

    private LazyRow[] slots;
    private int size;
    private final BitSet requested = new BitSet();
    private IntConsumer pageLoader;

    /** {@code pageLoader} is asked for a page number and answers later through {@link #fill}. */
    public PagedRows(int size, IntConsumer pageLoader) {
        this.slots = new LazyRow[size];
        this.size = size;
        this.pageLoader = pageLoader;
    }

    @Override
    public LazyRow get(int index) {
        Objects.checkIndex(index, size);
        return slot(index);
    }

    private LazyRow slot(int index) {
        LazyRow slot = slots[index];
        if (slot == null) {
            slot = new LazyRow(index, this);
            slots[index] = slot;
        }
        return slot;
    }

    @Override
    public int size() {
        return size;
    }

    // A position is known from the row itself; the table's focus and selection models ask, and the default
    // walks (and fills) every slot.
    @Override
    public int indexOf(Object o) {
        return o instanceof LazyRow r && r.owner() == this && r.index() < size && slots[r.index()] == r ? r.index() : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /**
     * Makes this the rows of another search: {@code size} matches, {@code firstPage} at the top, the rest fetched
     * through {@code loader} when looked at. Rows that show the same talk as before are left alone.
     */
    public void reset(int newSize, IntConsumer loader, List<TalkRow> firstPage) {
        int oldSize = size;
        pageLoader = loader;
        requested.clear();
        if (newSize > slots.length) {
            slots = Arrays.copyOf(slots, Math.max(newSize, slots.length + slots.length / 2));
        }
        int filled = Math.min(firstPage.size(), newSize);
        for (int i = 0; i < slots.length; i++) {
            LazyRow slot = slots[i];
            if (slot != null) {
                slot.set(i < filled ? firstPage.get(i) : null);
            } else if (i < filled) {
                slot(i).set(firstPage.get(i));
            }
        }
        if (!firstPage.isEmpty() || newSize == 0) {
            requested.set(0);
        }
        size = newSize;
        if (newSize != oldSize) {
            beginChange();
            if (newSize > oldSize) {
                nextAdd(oldSize, newSize);
            } else {
                nextRemove(newSize, new Removed(newSize, oldSize));
            }
            endChange();
        }
    }

    void request(int index) {
        int page = index / PAGE_SIZE;
        if (index < size && !requested.get(page)) {
            requested.set(page);
            pageLoader.accept(page);
        }
    }

    /** Puts a fetched page in place; rows past the end (the library shrank meanwhile) are ignored. */
    public void fill(int page, List<TalkRow> rows) {
        requested.set(page);
        int start = page * PAGE_SIZE;
        for (int i = 0; i < rows.size() && start + i < size; i++) {
            slot(start + i).set(rows.get(i));
        }
    }

    /** The page numbers fetched or on their way, to fetch again after an edit. */
    public int[] requestedPages() {
        return requested.stream().toArray();
    }

    /** The talk at a position if its page is here; null otherwise. */
    public TalkRow loaded(int index) {
        LazyRow slot = index >= 0 && index < size ? slots[index] : null;
        return slot == null ? null : slot.row();
    }

    /**
     * The rows cut off the end by a reset, as the list change reports them. Positions nobody ever looked at have no
     * row object, and are reported as {@link LazyRow#NEVER_SHOWN} rather than made now: going from all 100,000
     * talks to 17,000 matches would otherwise make 83,000 rows only to say they are gone (the list change copies
     * what it is given), which was most of the first search's work on the FX thread.
     */
    private final class Removed extends AbstractList<LazyRow> {
        private final int from;
        private final int to;

        Removed(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public LazyRow get(int index) {
            LazyRow slot = slots[from + Objects.checkIndex(index, to - from)];
            return slot != null ? slot : LazyRow.NEVER_SHOWN;
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
