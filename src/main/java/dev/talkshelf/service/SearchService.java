package dev.talkshelf.service;

import dev.talkshelf.catalog.SearchRequest;
import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.query.WordQuery;
import java.util.List;

/** Finding talks: a query, a page of results and the total. */
public final class SearchService {
    private final TalkSearch search;
    private final TalkStore talks;

    public SearchService(TalkSearch search, TalkStore talks) {
        this.search = search;
        this.talks = talks;
    }

    /** Talks matching every word (as a prefix), best match first; all talks, newest first, for no words. */
    public SearchPage search(String text, int offset, int limit) {
        String match = WordQuery.prefixMatch(text);
        TalkFilter filter = match == null ? TalkFilter.ALL
                : TalkFilter.of("t.id IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?)", match);
        SearchRequest request = SearchRequest.firstPage(filter, match, limit);
        request = new SearchRequest(filter, match, request.sort(), false, null, offset, limit);
        List<TalkId> ids = search.ids(request);
        return new SearchPage(talks.get(ids), search.count(filter), offset);
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
