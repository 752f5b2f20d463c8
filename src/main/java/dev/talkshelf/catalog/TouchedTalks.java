package dev.talkshelf.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The talks a write transaction changed, whose search index rows are rebuilt before it commits. Talks it
 * inserted have no row yet, so none is deleted for them: against an index that already holds segments, those
 * deletes cost half a second per 20,000 imported talks.
 */
final class TouchedTalks {
    private final Set<Long> all = new LinkedHashSet<>();
    private final Set<Long> withoutRow = new HashSet<>();
    /** Inserted talks' index text as their inserts stored it, so their rows need not be read back from the tables. */
    private final Map<Long, IndexText> inserted = new HashMap<>();

    /** A talk whose searchable text changed (or that was deleted). */
    void changed(long talkId) {
        all.add(talkId);
        inserted.remove(talkId); // what it was inserted with may not be what it holds now
    }

    /**
     * A talk inserted by this transaction with this index text; if it was touched before (deleted, then restored), it
     * may still have a row, and its text is read from the tables.
     */
    void inserted(long talkId, IndexText text) {
        if (all.add(talkId)) {
            withoutRow.add(talkId);
            inserted.put(talkId, text);
        }
    }

    /** The index text a talk was inserted with, untouched since; null when it must be read from the tables. */
    IndexText insertedText(long talkId) {
        return inserted.get(talkId);
    }

    Set<Long> all() {
        return all;
    }

    /** Touched talks that certainly have no index row. */
    Set<Long> withoutRow() {
        return withoutRow;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    void clear() {
        all.clear();
        withoutRow.clear();
        inserted.clear();
    }
}
