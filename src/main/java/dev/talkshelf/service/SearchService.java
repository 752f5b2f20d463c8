package dev.talkshelf.service;

import dev.talkshelf.catalog.CueSearch;
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
import dev.talkshelf.model.Moment;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkSummary;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import dev.talkshelf.query.QueryException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finding talks with the search language (docs/query-language.md): a page of results, the total, and facets. A query
 * that cannot be read, or a search that runs past its time limit, ends in an {@link InvalidQueryException}.
 *
 * <p>What was said in talks (their transcripts) is searched by the {@code said:} field, and by plain words when a
 * method is called with {@code wordsSaid}: then a bare word or phrase also finds the talks where it was said (only
 * their own text ranks them). The talks a query found through what was said have {@link #moments moments}.
 *
 * <p>A page's talks are {@linkplain dev.talkshelf.model.Talk#listed() listed}: read without their descriptions
 * (see {@link SearchPage}).
 */
public final class SearchService {
    private final TalkSearch search;
    private final TalkStore talks;
    private final FacetStore facets;
    private final TalkAggregates aggregates;
    private final CueSearch cues;
    private final QueryCompiler compiler;

    public SearchService(TalkSearch search, TalkStore talks, FacetStore facets, TalkAggregates aggregates,
                         PlaylistStore playlists, CueSearch cues, Clock clock) {
        this.search = search;
        this.cues = cues;
        this.talks = talks;
        this.facets = facets;
        this.aggregates = aggregates;
        this.compiler = new QueryCompiler(clock, playlists::find);
    }

    /**
     * Waits until the words and {@code said:} terms searches asked to keep so far are kept (the app keeps them after
     * the search, on a thread of their own: decision 0083). For measuring the searches that follow, as the window's
     * next searches find them.
     */
    public void awaitKeeping() throws InterruptedException {
        search.awaitKeeping();
        cues.awaitKeeping();
    }

    /** Talks matching the query, best match first when it has words, else newest added first. */
    public SearchPage search(String query, int offset, int limit) {
        return search(query, false, offset, limit);
    }

    /**
     * As {@link #search(String, int, int)}; with {@code wordsSaid}, plain words also find talks where they were said.
     *
     * @throws InvalidQueryException for a query that cannot be read (with its column)
     */
    public SearchPage search(String query, boolean wordsSaid, int offset, int limit) {
        CompiledQuery compiled = compile(query, wordsSaid);
        return run(compiled, rankedBySaid(compiled) ? SortKey.RELEVANCE : compiled.defaultSort(), false, offset, limit);
    }

    /**
     * Talks matching the query in the given order. RELEVANCE without words falls back to newest added;
     * PLAYLIST needs the query to name a playlist with {@code playlist:"Name"} (a smart playlist has no order
     * of its own, so its talks come newest first).
     *
     * @throws InvalidQueryException for a query that cannot be read, or PLAYLIST without a playlist
     */
    public SearchPage search(String query, SortKey sort, boolean reversed, int offset, int limit) {
        return search(query, false, sort, reversed, offset, limit);
    }

    /**
     * As {@link #search(String, SortKey, boolean, int, int)}; with {@code wordsSaid}, plain words also find talks
     * where they were said.
     */
    public SearchPage search(String query, boolean wordsSaid, SortKey sort, boolean reversed, int offset, int limit) {
        CompiledQuery compiled = compile(query, wordsSaid);
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
        return facets(query, false);
    }

    /** As {@link #facets(String)}; with {@code wordsSaid}, over the talks plain words find in their text or transcript. */
    public Facets facets(String query, boolean wordsSaid) {
        // The sidebar's whole-library facets at launch need no compiler: the first compile of a process loads the query
        // language's classes, a third of that call's time (decision 0047). A blank query compiles to everything.
        TalkFilter filter = query == null || query.isEmpty() ? TalkFilter.ALL : compile(query, wordsSaid).filter();
        try {
            return facets.facets(filter);
        } catch (SearchTooSlowException e) {
            throw new SearchTimeoutException(e);
        }
    }

    /** How many talks match, how many of them are watched, and the time left to watch the rest. */
    public TalkSummary summary(String query) {
        return summary(query, false);
    }

    /** As {@link #summary(String)}; with {@code wordsSaid}, over the talks plain words find in their text or transcript. */
    public TalkSummary summary(String query, boolean wordsSaid) {
        TalkFilter filter = compile(query, wordsSaid).filter();
        try {
            return aggregates.summary(filter);
        } catch (SearchTooSlowException e) {
            throw new SearchTimeoutException(e);
        }
    }

    /**
     * Where in one talk the query's {@code said:} terms (and, with {@code wordsSaid}, its plain words) were said:
     * best first (the cue holding most of the terms, then the densest), at most {@code max}, each the start of a matching cue and its text with
     * some of what was said around it, about {@value Moment#MAX_TEXT} characters with "…" where cut. Empty when the
     * query looks for nothing said (no {@code said:} outside a negation, and not {@code wordsSaid}), or the talk has
     * no transcript or no match. The talk need not be among the query's results.
     *
     * @throws InvalidQueryException for a query that cannot be read (with its column)
     */
    public List<Moment> moments(String query, boolean wordsSaid, TalkId talk, int max) {
        return moments(query, wordsSaid, List.of(talk), max).getOrDefault(talk, List.of());
    }

    /**
     * {@link #moments(String, boolean, TalkId, int)} for a page of talks at once (one read of the library): the talks
     * with moments, in the order given, each with at most {@code perTalk} moments, best first.
     *
     * @throws InvalidQueryException for a query that cannot be read (with its column)
     */
    public Map<TalkId, List<Moment>> moments(String query, boolean wordsSaid, List<TalkId> talks, int perTalk) {
        if (perTalk < 0) {
            throw new UserInputException("the number of moments must not be negative");
        }
        CompiledQuery compiled = compile(query, wordsSaid);
        if (!compiled.hasSaid() || talks.isEmpty() || perTalk == 0) {
            return Map.of();
        }
        Map<TalkId, List<Moment>> moments = new LinkedHashMap<>();
        cues.matches(talks, compiled.saidTerms()).forEach((talk, matches) -> {
            List<Moment> best = MomentText.best(matches, compiled.saidTerms(), perTalk);
            if (!best.isEmpty()) {
                moments.put(talk, best);
            }
        });
        return moments;
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
        if (sort == SortKey.RELEVANCE && rankedBySaid(q)) {
            return bestSaidFirst(q, reversed, offset, limit);
        }
        Long playlistId = sort == SortKey.PLAYLIST ? Long.valueOf(q.playlist().id()) : null;
        SearchResult result;
        try {
            result = search.page(new SearchRequest(q.filter(), q.rankMatch(), sort, reversed, playlistId, offset, limit));
        } catch (SearchTooSlowException e) {
            throw new SearchTimeoutException(e);
        }
        return new SearchPage(talks.listed(result.ids()), result.total(), offset);
    }

    /** A query that looks into what was said and has no words of the talks' own to rank by: what was said ranks it. */
    private static boolean rankedBySaid(CompiledQuery q) {
        return q.rankMatch() == null && q.hasSaid();
    }

    /**
     * The talks of a query ranked by what was said (bm25 over each talk's transcript as one document), best first;
     * talks it found otherwise (an {@code or} with other fields) after them, newest first. Before, such a query
     * listed its talks newest first: the one that said it once beside the one about it.
     */
    private SearchPage bestSaidFirst(CompiledQuery q, boolean reversed, int offset, int limit) {
        List<TalkId> all;
        try {
            all = search.ids(new SearchRequest(q.filter(), null, SortKey.ADDED, false, null, 0, Integer.MAX_VALUE));
        } catch (SearchTooSlowException e) {
            throw new SearchTimeoutException(e);
        }
        Map<TalkId, Double> scores = cues.saidScores(q.saidTerms());
        // Each talk's score looked up once, then the places sorted: a lookup in each comparison was a third of the sort.
        double[] score = new double[all.size()];
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = scores.getOrDefault(all.get(i), Double.MAX_VALUE);
            order[i] = i;
        }
        // Stable: equal scores, and the talks without one, keep the newest-first order they came in.
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        List<TalkId> ranked = new ArrayList<>(all.size());
        for (Integer i : order) {
            ranked.add(all.get(i));
        }
        if (reversed) {
            Collections.reverse(ranked);
        }
        List<TalkId> page = ranked.subList(Math.min(offset, ranked.size()), (int) Math.min(ranked.size(), (long) offset + limit));
        return new SearchPage(talks.listed(page), ranked.size(), offset);
    }

    private CompiledQuery compile(String query) {
        return compile(query, false);
    }

    private CompiledQuery compile(String query, boolean wordsSaid) {
        try {
            return compiler.compile(query == null ? "" : query, wordsSaid);
        } catch (QueryException e) {
            throw new InvalidQueryException(e.getMessage(), e.column());
        }
    }
}
