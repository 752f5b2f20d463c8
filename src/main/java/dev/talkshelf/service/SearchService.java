package dev.talkshelf.service;

import dev.talkshelf.catalog.FacetStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.SearchRequest;
import dev.talkshelf.catalog.SearchResult;
import dev.talkshelf.catalog.SearchTooSlowException;
import dev.talkshelf.catalog.TalkAggregates;
import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkSummary;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import dev.talkshelf.query.QueryException;
import java.time.Clock;

/**
 * Finding talks with the search language (docs/query-language.md): a page of results, the total, and facets. A query
 * that cannot be read, or a search that runs past its time limit, ends in an {@link InvalidQueryException}.
 */
public final class SearchService {
    private final TalkSearch search;
    private final TalkStore talks;
    private final FacetStore facets;
    private final TalkAggregates aggregates;
    private final QueryCompiler compiler;

    public SearchService(TalkSearch search, TalkStore talks, FacetStore facets, TalkAggregates aggregates,
                         PlaylistStore playlists, Clock clock) {
        this.search = search;
        this.talks = talks;
        this.facets = facets;
        this.aggregates = aggregates;
        this.compiler = new QueryCompiler(clock, playlists::find);
    }

    /** Talks matching the query, best match first when it has words, else newest added first. */
    public SearchPage search(String query, int offset, int limit) {
        CompiledQuery compiled = compile(query);
        return run(compiled, compiled.defaultSort(), false, offset, limit);
    }

    /**
     * Talks matching the query in the given order. RELEVANCE without words falls back to newest added;
     * PLAYLIST needs the query to name a playlist with {@code playlist:"Name"} (a smart playlist has no order
     * of its own, so its talks come newest first).
     *
     * @throws InvalidQueryException for a query that cannot be read, or PLAYLIST without a playlist
     */
    public SearchPage search(String query, SortKey sort, boolean reversed, int offset, int limit) {
        CompiledQuery compiled = compile(query);
        SortKey effective = sort;
        if (sort == SortKey.PLAYLIST) {
            if (compiled.playlist() == null) {
                throw new InvalidQueryException("sorting by playlist needs a playlist:\"Name\" in the query", 1);
            }
            if (compiled.playlist().isSmart()) {
                effective = SortKey.ADDED;
            }
        }
        return run(compiled, effective, reversed, offset, limit);
    }

    /**
     * Reads the query without running it (as {@link #search} would read it).
     *
     * @throws InvalidQueryException for a query that cannot be read
     */
    public void check(String query) {
        compile(query);
    }

    /**
     * Counts for browsing over the whole library (blank query) or within a query: the topic tree, speakers,
     * events, years and statuses. Speakers and events are only the {@value FacetStore#TOP} most frequent.
     */
    public Facets facets(String query) {
        TalkFilter filter = compile(query).filter();
        try {
            return facets.facets(filter);
        } catch (SearchTooSlowException e) {
            throw new SearchTimeoutException(e);
        }
    }

    /** How many talks match, how many of them are watched, and the time left to watch the rest. */
    public TalkSummary summary(String query) {
        TalkFilter filter = filterOf(query);
        try {
            return aggregates.summary(filter);
        } catch (SearchTooSlowException e) {
            throw new SearchTimeoutException(e);
        }
    }

    /**
     * The catalog filter {@link #search} applies for a query, so a smart playlist's progress can be counted
     * in SQL over exactly the talks the query finds.
     */
    TalkFilter filterOf(String query) {
        return compile(query).filter();
    }

    private SearchPage run(CompiledQuery q, SortKey sort, boolean reversed, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new UserInputException("offset and limit must not be negative");
        }
        Long playlistId = sort == SortKey.PLAYLIST ? Long.valueOf(q.playlist().id()) : null;
        SearchResult result;
        try {
            result = search.page(new SearchRequest(q.filter(), q.rankMatch(), sort, reversed, playlistId, offset, limit));
        } catch (SearchTooSlowException e) {
            throw new SearchTimeoutException(e);
        }
        return new SearchPage(talks.get(result.ids()), result.total(), offset);
    }

    private CompiledQuery compile(String query) {
        try {
            return compiler.compile(query == null ? "" : query);
        } catch (QueryException e) {
            throw new InvalidQueryException(e.getMessage(), e.column());
        }
    }
}
