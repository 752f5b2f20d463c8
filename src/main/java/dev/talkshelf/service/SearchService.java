package dev.talkshelf.service;

import dev.talkshelf.catalog.SearchRequest;
import dev.talkshelf.catalog.TalkAggregates;
import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkSummary;
import dev.talkshelf.query.WordQuery;
import java.util.List;

/** Finding talks: a query, a page of results and the total. */
public final class SearchService {
    private static final int FACET_LIMIT = 200;
    private final TalkSearch search;
    private final TalkStore talks;
    private final TalkAggregates aggregates;

    public SearchService(TalkSearch search, TalkStore talks, TalkAggregates aggregates) {
        this.search = search;
        this.talks = talks;
        this.aggregates = aggregates;
    }

    /** Talks matching every word (as a prefix), best match first; all talks, newest first, for no words. */
    public SearchPage search(String text, int offset, int limit) {
        return search(text, SortKey.RELEVANCE, false, offset, limit);
    }

    /** One page of the talks matching {@code text}, in the order of {@code sort}. */
    public SearchPage search(String text, SortKey sort, boolean reversed, int offset, int limit) {
        String match = WordQuery.prefixMatch(text);
        TalkFilter filter = filterOf(text);
        SearchRequest request = new SearchRequest(filter, match, sort, reversed, null, offset, limit);
        List<TalkId> ids = search.ids(request);
        return new SearchPage(talks.get(ids), search.count(filter), offset);
    }

    /** How many talks match, how many of them are watched, and the time left to watch the rest. */
    public TalkSummary summary(String text) {
        return aggregates.summary(filterOf(text));
    }

    /** Counts for browsing within the talks matching {@code text}: topic tree, speakers, events, years, statuses. */
    public Facets facets(String text) {
        return aggregates.facets(filterOf(text), FACET_LIMIT);
    }

    /**
     * The catalog filter {@link #search} applies for a query, so a smart playlist's progress can be counted
     * in SQL over exactly the talks the query finds. Must stay in step with {@link #search}.
     */
    TalkFilter filterOf(String text) {
        String match = WordQuery.prefixMatch(text);
        return match == null ? TalkFilter.ALL
                : TalkFilter.of("t.id IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?)", match);
    }
}
