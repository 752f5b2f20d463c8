package dev.talkshelf.ui.talks;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;

/**
 * The rows of a search as a list of fixed size (the number of matches) whose talks are fetched a page at a
 * time, only for the pages someone looks at. 100,000 matches cost 100,000 empty slots, not 100,000 talks.
 */
public final class PagedRows extends ObservableListBase<LazyRow> {
    public static final int PAGE_SIZE = 200;

    private final LazyRow[] slots;
    private final BitSet requested = new BitSet();
    private final IntConsumer pageLoader;

    /** {@code pageLoader} is asked for a page number and answers later through {@link #fill}. */
    public PagedRows(int size, IntConsumer pageLoader) {
        this.slots = new LazyRow[size];
        this.pageLoader = pageLoader;
    }

    @Override
    public LazyRow get(int index) {
        LazyRow slot = slots[index];
        if (slot == null) {
            slot = new LazyRow(index, this);
            slots[index] = slot;
        }
        return slot;
    }

    @Override
    public int size() {
        return slots.length;
    }

    void request(int index) {
        int page = index / PAGE_SIZE;
        if (!requested.get(page)) {
            requested.set(page);
            pageLoader.accept(page);
        }
    }

    /** Puts a fetched page in place; rows past the end (the library shrank meanwhile) are ignored. */
    public void fill(int page, List<TalkRow> rows) {
        requested.set(page);
        int start = page * PAGE_SIZE;
        for (int i = 0; i < rows.size() && start + i < slots.length; i++) {
            get(start + i).set(rows.get(i));
        }
    }

    /** The page numbers fetched or on their way, to fetch again after an edit. */
    public int[] requestedPages() {
        return requested.stream().toArray();
    }

    /** The talk at a position if its page is here; null otherwise. */
    public TalkRow loaded(int index) {
        LazyRow slot = index >= 0 && index < slots.length ? slots[index] : null;
        return slot == null ? null : slot.row();
    }
}
