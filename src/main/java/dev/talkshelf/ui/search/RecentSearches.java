package dev.talkshelf.ui.search;

import java.util.ArrayList;
import java.util.List;

/** The last searches, newest first, each once, blank ones never; at most {@link #LIMIT}. */
public final class RecentSearches {
    public static final int LIMIT = 10;

    private RecentSearches() {
    }

    public static List<String> add(List<String> recent, String query) {
        String q = query == null ? "" : query.strip();
        List<String> next = new ArrayList<>();
        if (!q.isEmpty()) {
            next.add(q);
        }
        for (String old : recent) {
            if (!old.equals(q) && next.size() < LIMIT) {
                next.add(old);
            }
        }
        return next;
    }
}
