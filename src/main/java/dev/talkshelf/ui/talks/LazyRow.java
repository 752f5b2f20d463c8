package dev.talkshelf.ui.talks;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One line of the table: a stable slot at a position whose talk arrives when its page is fetched. Cells bind
 * to {@link #rowProperty()}, so a page arriving fills them without a list change (and keeps the selection).
 */
public final class LazyRow {
    /** Stands for rows of a list that were never looked at, where a list change has to name them (see PagedRows). */
    static final LazyRow NEVER_SHOWN = new LazyRow(-1, null);

    private final int index;
    private final PagedRows owner;
    private final ReadOnlyObjectWrapper<TalkRow> row = new ReadOnlyObjectWrapper<>(this, "row");

    LazyRow(int index, PagedRows owner) {
        this.index = index;
        this.owner = owner;
    }

    public int index() {
        return index;
    }

    /** The talk at this position; null while its page is on the way. */
    public ReadOnlyObjectProperty<TalkRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    public TalkRow row() {
        return row.get();
    }

    /** Called by a cell that shows this line: fetches its page if nobody has yet. */
    public void request() {
        if (owner != null) {
            owner.request(index);
        }
    }

    PagedRows owner() {
        return owner;
    }

    /**
     * Shows {@code value} here; the same talk as before tells no cell. An empty slot takes its row without comparing:
     * the first comparison of two rows links the record's {@code equals} (~25 ms on the start's path, where every
     * slot is empty).
     */
    void set(TalkRow value) {
        TalkRow shown = row.get();
        if (shown == null ? value != null : !shown.equals(value)) {
            row.set(value);
        }
    }
}
