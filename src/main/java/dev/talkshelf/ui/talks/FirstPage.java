package dev.talkshelf.ui.talks;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.service.SearchPage;
import dev.talkshelf.service.SearchService;
import java.util.List;

/**
 * The table's first page of a query, fetched before the window exists (while the toolkit starts), so the window's
 * first layout pass lays its rows out too instead of a second pass after the worker's answer. The table takes it
 * only for the search it would make itself: the same query and words-said switch, in the first order.
 */
public record FirstPage(String query, boolean wordsSaid, long total, List<TalkRow> rows) {
    public FirstPage {
        rows = List.copyOf(rows);
    }

    /** Runs the search; off the FX thread (a first search of 100,000 talks takes tens of milliseconds). */
    public static FirstPage fetch(SearchService search, String query, boolean wordsSaid) {
        SearchPage page = search.search(query, wordsSaid, SortKey.RELEVANCE, false, 0, PagedRows.PAGE_SIZE);
        return new FirstPage(query, wordsSaid, page.total(), page.talks().stream().map(TalkRow::of).toList());
    }

    boolean answers(String q, boolean said, SortKey key, boolean rev) {
        return query.equals(q) && wordsSaid == said && key == SortKey.RELEVANCE && !rev;
    }
}
