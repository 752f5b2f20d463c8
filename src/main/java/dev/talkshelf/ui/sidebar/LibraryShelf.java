package dev.talkshelf.ui.sidebar;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.WatchStatus;

/** The fixed entries at the top of the sidebar: each a status filter and the order that suits it. */
public enum LibraryShelf {
    ALL("All talks", null, SortKey.RELEVANCE),
    CONTINUE("Continue watching", WatchStatus.IN_PROGRESS, SortKey.LAST_WATCHED),
    UNWATCHED("Unwatched", WatchStatus.UNWATCHED, SortKey.RELEVANCE),
    RECENT("Recently watched", WatchStatus.WATCHED, SortKey.LAST_WATCHED);

    private final String label;
    private final WatchStatus status;
    private final SortKey sort;

    LibraryShelf(String label, WatchStatus status, SortKey sort) {
        this.label = label;
        this.status = status;
        this.sort = sort;
    }

    public String label() {
        return label;
    }

    /** Null for all talks. */
    public WatchStatus status() {
        return status;
    }

    public SortKey sort() {
        return sort;
    }

    public FilterSelection.Entry entry() {
        return status == null ? null : new FilterSelection.Entry(FilterKind.STATUS, status.label());
    }
}
