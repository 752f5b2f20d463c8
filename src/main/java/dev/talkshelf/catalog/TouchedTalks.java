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
    /** Inserted talks' descriptions as given, so the index rows need not unpack them from the column again. */
    private final Map<Long, String> descriptions = new HashMap<>();

    /** A talk whose searchable text changed (or that was deleted). */
    void changed(long talkId) {
        all.add(talkId);
        descriptions.remove(talkId); // what it was inserted with may not be what it holds now
    }

    /**
     * A talk inserted by this transaction with this description; if it was touched before (deleted, then restored), it
     * may still have a row.
     */
    void inserted(long talkId, String description) {
        if (all.add(talkId)) {
            withoutRow.add(talkId);
            descriptions.put(talkId, description);
        }
    }

    /** True when the talk's description is known as it was inserted, untouched since: {@link #description}. */
    boolean knowsDescription(long talkId) {
        return descriptions.containsKey(talkId);
    }

    /** The description an untouched talk was inserted with (null for none). */
    String description(long talkId) {
        return descriptions.get(talkId);
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
        descriptions.clear();
    }
}
