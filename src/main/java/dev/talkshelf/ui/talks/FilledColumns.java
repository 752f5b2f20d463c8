package dev.talkshelf.ui.talks;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the columns that are often empty have a value in at least one talk of the current view (as far as it
 * is loaded), so that a column nobody fills takes no room. Grows as pages arrive; a new search starts over.
 */
public enum FilledColumns {
    SPEAKERS, EVENT, YEAR, LENGTH, RATING, TOPICS;

    /** The columns {@code rows} give a value to. */
    public static Set<FilledColumns> of(Collection<TalkRow> rows) {
        EnumSet<FilledColumns> filled = EnumSet.noneOf(FilledColumns.class);
        for (TalkRow r : rows) {
            if (r == null) {
                continue;
            }
            add(filled, SPEAKERS, r.speakers());
            add(filled, EVENT, r.event());
            add(filled, YEAR, r.year());
            add(filled, LENGTH, r.duration());
            add(filled, RATING, r.rating());
            add(filled, TOPICS, r.topics());
            if (filled.size() == values().length) {
                break;
            }
        }
        return filled;
    }

    private static void add(Set<FilledColumns> filled, FilledColumns column, String value) {
        if (value != null && !value.isEmpty()) {
            filled.add(column);
        }
    }
}
