package dev.talkshelf.catalog;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.IntPredicate;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs filters against the catalog: ids of one page in the requested order, and counts.
 *
 * <p>Relevance is bm25 with title and speakers weighted above event and tags, and those above description
 * and notes. Scoring costs about a microsecond per matching row, so it is bounded: when the words match at
 * most {@link #EXACT_RANK_MAX} talks every match is scored; beyond that none is: the matches whose title alone has
 * the words lead, newest first, and the others follow newest first, from bit sets (kept for common words).
 * See docs/decisions/0003-search-ranking-at-scale.md and 0032-rank-title-first-beyond-exact-scoring.md.
 */
public final class TalkSearch {
    /** Up to this many matches, every one is scored. */
    static final int EXACT_RANK_MAX = 4_000;

    /**
     * Above this many word matches, a filter beside the words is evaluated first by one narrow-index scan: ranked,
     * the word matches and the filter's talks are intersected as id sets; in another order or counted, the matches
     * probe the filter's result (break-even measured near 15,000 matches at 100,000 talks).
     */
    static final int FILTER_FIRST_MIN = 15_000;

    /**
     * In a smaller library {@link #FILTER_FIRST_MIN} is at most this share of its ids: the filter's talks cost less to
     * gather there (one narrow-index scan of fewer talks, or a shorter range of their own index) while each word match
     * still costs its probe, checked once to count and again to score (10,000 talks, {@code python duration:20m..45m
     * year:2018..2022}: 8,763 matches probed twice, 13.6 ms, against ~5 for the id sets). The same 15 % as 15,000 of
     * 100,000; a larger library keeps 15,000.
     */
    static final double FILTER_FIRST_SHARE = 0.15;
    /** Above this many word matches, another order than relevance walks that order's index. */
    static final int INDEX_WALK_MIN = 4_000;
    /**
     * Up to this many talks passing the conditions beside many word matches, the search is driven from those talks:
     * one walk of the word matches keeps the ones among them and scores each (about a microsecond a row), which
     * gives the total, the order and the scores at once. Beyond it the id-set plan scores only a window.
     */
    static final int CANDIDATES_SCORED_MAX = 8_000;

    /**
     * A topic alone, newest first, is listed by seeking each walked talk in the topic's index when more than one talk in
     * this many has it (the ids' upper bound stands in for the number of talks: it only chooses the plan).
     */
    static final int TOPIC_PROBED_SHARE = 5;

    /**
     * Up to this many ids, a page of talks known by their ids is sorted from those ids (about 2 µs an id), not found by a
     * walk in page order, which stops early when they are spread (7,241 at 100,000 talks: the walk took half the time).
     */
    static final int ID_LIST_MAX = 2_000;

    /**
     * A filter the compiler guesses keeps at least this share of the library rarely leaves few enough talks for the plan
     * driven from them ({@link #CANDIDATES_SCORED_MAX}): beside it, unkept words' matches are read whole at once.
     */
    static final double BROAD_FILTER_SHARE = 0.5;

    /**
     * Up to this many word matches beside a broad filter are each checked on the narrow index (1,000 probes cost about
     * as much as reading the 15,000 ids of the talks a common status leaves out at 100,000 talks); more are intersected
     * with that filter's complement.
     */
    static final int CHECKED_BESIDE_BROAD_FILTER_MAX = 1_000;

    /**
     * Gathering an id from an index range (as text, parsed here) costs about this many times less than checking one talk
     * against a filter (0.06 µs against 1 µs at 100,000 talks): it chooses between removing a broad filter's left-out
     * talks and checking the rarer words' matches one by one.
     */
    static final int IDS_GATHERED_PER_CHECK = 15;

    /**
     * Up to this share of the library (by its largest id), the talks a condition with an index of its own selects drive a
     * filter of columns and topics: they are read from a range of that index, and the rest is checked for each of them by
     * a seek ({@link #drivenByOwnIndex}). Beyond it one scan of the narrow index costs less: a seek is about 1.3 µs at a
     * million talks, reading and testing a narrow-index entry about 0.04 µs (decision 0058).
     */
    static final double DRIVEN_SHARE = 1.0 / 30;

    /**
     * A filter of columns and lists none of whose parts is few enough to drive it is the intersection of its parts' own
     * index ranges read as id sets, a part most talks pass as the talks it leaves out ({@link #intersectedOwnIndexes}),
     * when the estimated cost of those reads is at most this share of the scan of the narrow index (decision 0062).
     */
    static final double INTERSECTED_SHARE = 0.9;

    /**
     * Writing an id out of a range (as text, parsed here) costs about this many times reading and testing one index entry
     * (15 ms for the 71,461 ids of {@code year:2019} at a million talks, 3.5 to count them; the scan of the narrow index
     * 52 for 1,000,000 entries): the estimate {@link #intersectedOwnIndexes} chooses by.
     */
    static final double IDS_WRITTEN_COST = 3;

    /**
     * What seeking one talk in a topic's own index costs, in entries read, when the talks are sought in id order (its
     * pages read in order): 77,258 talks of 2020 sought in tag:python's entries took 26 ms at a million talks, where its
     * 775,420 entries were read and written out in 51 (decision 0063).
     */
    static final double TOPIC_SEEK_COST = 12;

    /**
     * The same seek in the order a scan of the narrow index walks (newest first: the ids at random): 180 ms for the same
     * 77,258 talks, the topic's pages read again and again.
     */
    static final double SCAN_SEEK_COST = 40;

    /** How many talks, spread over the ids, the shares of a filter's parts are estimated on ({@link #intersectedOwnIndexes}). */
    static final int SAMPLED_TALKS = 512;

    /**
     * The plan from a filter's own index ranges is estimated on sampled talks only when the compiler's guesses put its
     * cost within this many times the bound ({@code python duration:20m..45m year:2018..2022}: guessed at twice the scan).
     */
    static final double GUESS_MARGIN = 2;

    /**
     * Words beside many candidates (a speaker term's talks) are scored in one walk of the search index, the candidates
     * tested there, when the talks passing are guessed at most this many times {@link #EXACT_RANK_MAX}: from the words'
     * bounded count and the share of the library the candidates are ({@link #rankedFromIdSets}). Above, their matches
     * are read first as before, since past the bound they are paged title matches first and not scored at all.
     */
    static final double ONE_WALK_GUESS_SHARE = 1.25;

    /**
     * The one walk stops scoring once the talks it passed so far, spread over the candidates' id range, project more than
     * this many times {@link #EXACT_RANK_MAX} with two standard errors to spare (the projection times 1 - 2/sqrt(n) after
     * n talks): past the bound the page is title matches first and no score is used, so each row scored after that is
     * lost (about 2 µs each: {@code talk speaker:c}, 4,598 results, scored 4,000 for nothing). Checked from a quarter of
     * the bound on; the rest of the walk is then read without scores.
     */
    static final double ONE_WALK_STOP_SHARE = 1.0;

    static final String BM25 = TalkBm25.FUNCTION;

    /**
     * A search of the app that takes longer than this has its plain words that are not kept tried for keeping after it
     * ({@link #keepingWordsOfSlowSearches}): a word in a fifth of a million talks or more is kept then (decision 0082).
     */
    public static final Duration SLOW_SEARCH = Duration.ofMillis(30);

    private final Database db;
    private final Bounds bounds;
    private final KeepingQueue toKeep;

    public TalkSearch(Database db) {
        this(db, SearchTimeLimit.DEFAULT);
    }

    /** With another time limit for one search (tests take a zero one to see a search stopped). */
    public TalkSearch(Database db, Duration timeLimit) {
        this(db, new Bounds(EXACT_RANK_MAX, FILTER_FIRST_MIN, INDEX_WALK_MIN, timeLimit, true).scaledToTheLibrary());
    }

    /** With other bounds, so tests can cross them with a handful of talks. */
    TalkSearch(Database db, int exactRankMax) {
        this(db, exactRankMax, FILTER_FIRST_MIN, INDEX_WALK_MIN);
    }

    /** With every bound chosen, so tests can take each plan with a handful of talks. */
    TalkSearch(Database db, int exactRankMax, int filterFirstMin, int indexWalkMin) {
        this(db, exactRankMax, filterFirstMin, indexWalkMin, true);
    }

    /**
     * With every bound chosen and the plans for particular shapes (a topic beside column conditions, a topic alone,
     * a negation alone) taken or not, so tests can hold every plan to the general one's results.
     */
    TalkSearch(Database db, int exactRankMax, int filterFirstMin, int indexWalkMin, boolean shapePlans) {
        this(db, new Bounds(exactRankMax, filterFirstMin, indexWalkMin, SearchTimeLimit.DEFAULT, shapePlans));
    }

    private TalkSearch(Database db, Bounds bounds) {
        this.db = db;
        this.bounds = bounds;
        this.toKeep = new KeepingQueue(db, bounds.keeping, this::keep);
    }

    /**
     * The bounds that choose between plans, the one place they are kept. A search never changes its own: the
     * {@code with} methods below change one in a fresh copy.
     */
    private static final class Bounds {
        final int exactRankMax;
        final int filterFirstMin;
        final int indexWalkMin;
        final Duration timeLimit;
        final boolean shapePlans;
        int candidatesScoredMax = CANDIDATES_SCORED_MAX;
        long keepMinMatches = KeptWords.KEEP_MIN_MATCHES;
        int idListMax = ID_LIST_MAX;
        double drivenShare = DRIVEN_SHARE;
        double intersectedShare = INTERSECTED_SHARE;
        double oneWalkGuessShare = ONE_WALK_GUESS_SHARE;
        double oneWalkStopShare = ONE_WALK_STOP_SHARE;
        /** {@link #FILTER_FIRST_SHARE} for the searches the app makes; none (the bound as given) for tests' own bounds. */
        double filterFirstShare = Double.POSITIVE_INFINITY;
        /** Past this a search's unkept words are tried for keeping ({@link #SLOW_SEARCH} in the app; never by default). */
        long slowSearchNanos = Long.MAX_VALUE;
        /** Words tried and found in too few talks to keep, shared by every copy of a search: never tried again. */
        Set<String> foundRare = ConcurrentHashMap.newKeySet();
        /** Where the write keeping a search's words runs: the searching thread unless the app gives a thread. */
        Executor keeping = Runnable::run;

        Bounds(int exactRankMax, int filterFirstMin, int indexWalkMin, Duration timeLimit, boolean shapePlans) {
            this.exactRankMax = exactRankMax;
            this.filterFirstMin = filterFirstMin;
            this.indexWalkMin = indexWalkMin;
            this.timeLimit = timeLimit;
            this.shapePlans = shapePlans;
        }

        Bounds(Bounds other) {
            this(other.exactRankMax, other.filterFirstMin, other.indexWalkMin, other.timeLimit, other.shapePlans);
            candidatesScoredMax = other.candidatesScoredMax;
            keepMinMatches = other.keepMinMatches;
            idListMax = other.idListMax;
            drivenShare = other.drivenShare;
            intersectedShare = other.intersectedShare;
            oneWalkGuessShare = other.oneWalkGuessShare;
            oneWalkStopShare = other.oneWalkStopShare;
            filterFirstShare = other.filterFirstShare;
            slowSearchNanos = other.slowSearchNanos;
            foundRare = other.foundRare;
            keeping = other.keeping;
        }

        Bounds scaledToTheLibrary() {
            filterFirstShare = FILTER_FIRST_SHARE;
            return this;
        }
    }

    /** This search's bounds with one changed by {@code change}. */
    private TalkSearch with(Consumer<Bounds> change) {
        Bounds changed = new Bounds(bounds);
        change.accept(changed);
        return new TalkSearch(db, changed);
    }

    /**
     * The same search with another bound for the plan driven from the talks passing the conditions beside many word
     * matches (0: never taken), so tests can hold it to the id-set plan's results.
     */
    TalkSearch withCandidatesScoredMax(int max) {
        return with(b -> b.candidatesScoredMax = max);
    }

    /**
     * The same search keeping words counted in at least {@code min} talks (and in {@link KeptWords#KEEP_MIN_SHARE} of
     * the library; {@code Long.MAX_VALUE}: never), so tests can keep words with a handful of talks.
     */
    TalkSearch withKeepMinMatches(long min) {
        return with(b -> b.keepMinMatches = min);
    }

    /**
     * The same search sorting a page from the talks' ids up to {@code max} of them ({@link #ID_LIST_MAX}; 0: never), so
     * tests can hold that plan to the walk in page order.
     */
    TalkSearch withIdListMax(int max) {
        return with(b -> b.idListMax = max);
    }

    /**
     * The same search driving a filter of columns and topics from a condition's own index up to {@code share} of the
     * library ({@link #DRIVEN_SHARE}; 0: never, 1: whenever a condition has one), so tests can hold that plan to the others.
     */
    TalkSearch withDrivenShare(double share) {
        return with(b -> b.drivenShare = share);
    }

    /**
     * The same search taking the intersection of a filter's own index ranges when it costs at most {@code share} of the
     * scan ({@link #INTERSECTED_SHARE}; 0: never; 100: whenever every part has an index), so tests can hold that plan to
     * the others.
     */
    TalkSearch withIntersectedShare(double share) {
        return with(b -> b.intersectedShare = share);
    }

    /**
     * The same search scoring words beside many candidates in one walk when the talks passing are guessed at most
     * {@code share} times the bound ({@link #ONE_WALK_GUESS_SHARE}; 0: never; a large one: always tried), so tests can
     * hold that plan, and its fallback past the bound, to the one reading the matches first.
     */
    TalkSearch withOneWalkGuessShare(double share) {
        return with(b -> b.oneWalkGuessShare = share);
    }

    /**
     * The same search stopping the one walk's scores once its talks project more than {@code share} times the bound
     * ({@link #ONE_WALK_STOP_SHARE}; 0: at the first check; infinite: only past the bound itself), so tests can hold
     * every stopping point to the plan reading the matches first.
     */
    TalkSearch withOneWalkStopShare(double share) {
        return with(b -> b.oneWalkStopShare = share);
    }

    /** Above this many results a ranked page leads with the title matches, unscored (tests' own bounds say it). */
    int exactRankMax() {
        return bounds.exactRankMax;
    }

    /** The same search with {@link #FILTER_FIRST_MIN}'s bound at most {@code share} of the library's ids. */
    TalkSearch withFilterFirstShare(double share) {
        return with(b -> b.filterFirstShare = share);
    }

    public List<TalkId> ids(SearchRequest request) {
        return page(request).ids();
    }

    /**
     * One page of ids in the requested order, with the total number of matches.
     *
     * @throws SearchTooSlowException when the search runs past its time limit
     */
    public SearchResult page(SearchRequest request) {
        // Noted by the counts of this search; kept even when the search then runs out of time (at a million talks the
        // first search of a common word may count it in time and not rank it).
        List<String> worthKeeping = new ArrayList<>();
        long start = System.nanoTime();
        try {
            return db.read(c -> SearchTimeLimit.within(c, bounds.timeLimit, within -> {
                if (request.sort() == SortKey.RELEVANCE && request.rankMatch() != null) {
                    return ranked(within, request, worthKeeping);
                }
                return ordered(within, request, worthKeeping);
            }));
        } finally {
            boolean slow = System.nanoTime() - start > bounds.slowSearchNanos;
            toKeep.add(worthKeeping, slow && request.rankMatch() != null ? wordsToTry(request.rankMatch()) : List.of());
        }
    }

    /**
     * The same search trying, after a search slower than {@code slow}, to keep that search's plain words not kept yet:
     * each is kept when it is in {@link KeptWords#KEEP_MIN_SHARE} of the library (one walk of its list), else remembered
     * as rare. A word is otherwise kept only when searched alone or common in an import's titles, so a word common in
     * descriptions, or a word like "how", was never kept and took FTS5's slow plans beside others: 100-150 ms at a
     * million talks (decision 0082). The app's search ({@link #SLOW_SEARCH}); tests take their own or none.
     */
    public TalkSearch keepingWordsOfSlowSearches(Duration slow) {
        return with(b -> b.slowSearchNanos = slow.toNanos());
    }

    /** The words a slow search tried and found too rare to keep (what tests look at). */
    Set<String> wordsFoundRare() {
        return Collections.unmodifiableSet(bounds.foundRare);
    }

    /**
     * The plain words of a slow search's expression worth trying to keep: not kept already, not found rare before, and
     * none in a library smaller than a kept word's least matches (no write is taken for them).
     */
    private List<String> wordsToTry(FullText expression) {
        Optional<FullText.Without> sides = expression.keptWordsLeftOut();
        List<String> words = new ArrayList<>();
        for (FullText part : (sides.isPresent() ? sides.get().kept() : expression).andParts()) {
            part.keptWord().filter(word -> !bounds.foundRare.contains(word)).ifPresent(words::add);
        }
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            return db.read(c -> {
                if (Fts5Averages.rows(c, "talk_fts") < bounds.keepMinMatches) {
                    return List.of();
                }
                List<String> unkept = new ArrayList<>();
                for (String word : words) {
                    if (!KeptWords.isKept(c, word)) {
                        unkept.add(word); // a kept word would cost a write that finds nothing to do
                    }
                }
                return unkept;
            });
        } catch (CatalogException e) {
            return List.of(); // only time is lost, as when a word cannot be kept
        }
    }

    /** @throws SearchTooSlowException when counting runs past the time limit */
    public long count(TalkFilter filter) {
        List<String> worthKeeping = new ArrayList<>();
        try {
            return db.read(c -> SearchTimeLimit.within(c, bounds.timeLimit, within -> countIn(within, filter, worthKeeping)));
        } finally {
            toKeep.add(worthKeeping, List.of());
        }
    }

    /**
     * The same search keeping the words its searches ask for ({@link #keep}) on {@code executor}, after the search has
     * returned its page; {@link #awaitKeeping} waits for them. The app gives a thread of its own (decision 0083).
     */
    public TalkSearch keepingWordsAfterSearchOn(Executor executor) {
        return with(b -> b.keeping = executor);
    }

    /** Waits until the words this search's searches asked to keep so far are kept (or found not worth it). */
    public void awaitKeeping() throws InterruptedException {
        toKeep.awaitIdle();
    }

    /**
     * After searches, in one write taken only if free ({@link KeepingQueue}): keeps a word they found in much of the
     * library ({@code noted}), so the next search of it reads its matches, and builds the figures of a kept one they
     * found missing; tries a word of a slow search: kept when in {@link KeptWords#KEEP_MIN_SHARE} of the library, else
     * remembered as rare.
     */
    private void keep(Connection writer, String word, boolean noted) throws SQLException {
        if (KeptWords.isKept(writer, word)) {
            if (noted) {
                KeptFrequencies.build(writer, word); // a kept word whose figures a search missed
            }
        } else if (noted) {
            KeptWords.keep(writer, word);
        } else {
            long talks = Fts5Averages.rows(writer, "talk_fts");
            long least = Math.max(bounds.keepMinMatches, (long) Math.ceil(KeptWords.KEEP_MIN_SHARE * talks));
            if (!KeptWords.keep(writer, word, least)) {
                bounds.foundRare.add(word);
            }
        }
    }

    private SearchResult ranked(Connection c, SearchRequest r, List<String> worthKeeping) throws SQLException {
        return ranked(c, r, worthKeeping, null);
    }

    /**
     * {@code beside}: null, or the common words this search of the rarer words left out beside a filter (decision 0081);
     * every talk it finds is then among theirs.
     */
    private SearchResult ranked(Connection c, SearchRequest r, List<String> worthKeeping, BesideCommon beside)
            throws SQLException {
        String dir = r.reversed() ? "DESC" : "ASC";
        // Driven by the word matches when every result matches the ranking words (the filter's own words).
        Optional<TalkFilter> rest = r.filter().words().filter(r.rankMatch()::equals).map(w -> r.filter().withoutWords());
        if (rest.isPresent() && beside == null) {
            Optional<SearchResult> byRarerWords = rankedByRarerWords(c, r, rest.get(), worthKeeping);
            if (byRarerWords.isPresent()) {
                return byRarerWords.get();
            }
        }
        boolean onePass = rest.isPresent() && rest.get().isAll() && r.rankMatch().hasOneLetterPrefix();
        // The words-first plans use it. Beside other conditions only "more than filterFirstMin" matters above that
        // bound, so the count stops there: counting every match of a common word walks its whole list (5-7 ms at
        // 100,000 talks, ten times that at a million) where a bounded count reads 15,000 entries.
        Optional<BitSet> matchIds = beside != null && beside.matches().isPresent() ? beside.matches()
                : rest.isPresent() && !rest.get().isAll() ? matchIdsBesideBroadFilter(c, r.rankMatch(), rest.get())
                : Optional.empty();
        matchIds.ifPresent(ids -> BesideCommon.hold(ids, beside));
        // Words alone read whole from kept bitmaps (kept words with words left out, an "or", an "and"): read once, for the
        // count and the page. Counted, counted again and read for the page, "python -web" read web's list three times,
        // two thirds of its search at a million talks (decision 0067).
        boolean wordsAlone = rest.isPresent() && rest.get().isAll() && !onePass;
        boolean readWhole = wordsAlone && KeptWords.countsByReading(r.rankMatch());
        Optional<KeptWords.Kept> whole = readWhole ? KeptWords.read(c, r.rankMatch()) : Optional.empty();
        if (readWhole && whole.isEmpty()) {
            whole = KeptWords.readBesideKeptLeftOut(c, r.rankMatch());
        }
        // Words alone, some of them kept: their matches read once, for the count and the page.
        Optional<BitSet> partly = wordsAlone && (readWhole ? whole.isEmpty() : KeptWords.count(c, r.rankMatch()).isEmpty())
                ? KeptWords.readPartly(c, r.rankMatch(), false) : Optional.empty();
        if (partly.isPresent()) {
            noteWorthKeeping(c, r.rankMatch(), partly.get().cardinality(), worthKeeping);
        }
        long filterFirst = rest.isPresent() && !rest.get().isAll() ? filterFirst(c) : bounds.filterFirstMin;
        Optional<BoundedCount> counted = rest.isPresent() && !rest.get().isAll() && matchIds.isEmpty()
                ? Optional.of(beside != null ? beside.counted()
                        : boundedCount(c, r.rankMatch(), countedBeside(rest.get(), filterFirst) + 1L))
                : Optional.empty();
        long matches = rest.isEmpty() || onePass ? -1
                : whole.isPresent() ? whole.get().count()
                : partly.isPresent() ? partly.get().cardinality()
                : rest.get().isAll() ? matchCount(c, r.rankMatch(), worthKeeping)
                : matchIds.isPresent() ? matchIds.get().cardinality() : counted.orElseThrow().count();
        if (matches == 0) {
            // No talk has the words: FTS5 asked for the page evaluated them again (python -py: 0.3 s at a million talks).
            return new SearchResult(new ArrayList<>(), 0);
        }
        if (rest.isEmpty()) {
            return rankedWithin(c, r, worthKeeping);
        }
        if (rest.get().isAll()) {
            if (r.rankMatch().hasOneLetterPrefix()) {
                return wordsOnlyInOnePass(c, r);
            }
            if (partly.isPresent() && matches > bounds.exactRankMax) {
                // Some words kept: the matches and the title matches from their bitmaps and the other words' lists, no
                // walk of a kept word's list (decision 0050).
                return titleFirstPage(c, partly.get(), r);
            }
            return wordsOnly(c, r, matches, dir, whole);
        }
        TalkFilter check = rest.get();
        // Beside a speaker term its talks are gathered from their own index entries (a few ms for speaker:a, 38,831 talks
        // at 100,000) once more than a thousand matches would each be checked for one.
        // Matches read already beside a broad filter, more than are all scored: checked one by one they were probed twice
        // (to count the passing talks, then to score them; "machine learning" duration:<20m, 10,430 matches: 28-40 ms).
        if (matches > filterFirst || matchIds.isPresent() && matches > bounds.exactRankMax
                || bounds.shapePlans && matches > CHECKED_BESIDE_BROAD_FILTER_MAX && gathersSpeakers(check)) {
            return rankedFromIdSets(c, r, check, matchIds, counted.map(BoundedCount::guess).orElse(Double.NaN), beside);
        }
        // Words and a few matches: walk the word matches, check the rest of the filter on the narrow index, score the
        // talks that pass (only those) and rank them here: one pass gives the total and the page, with no temporary
        // table to fill, sort and count.
        String from = """
                  FROM talk_fts CROSS JOIN talk t INDEXED BY talk_facts ON t.id = talk_fts.rowid
                 WHERE talk_fts MATCH ? AND (%s)""".formatted(checkSql(check, matches));
        List<Object> params = concat(List.of(r.rankMatch().fts()), check.params());
        String scoring = "SELECT talk_fts.rowid, " + BM25 + from;
        if (matches <= bounds.exactRankMax) {
            List<double[]> scored = BesideCommon.held(c, scoredRows(c, scoring, params), beside);
            return new SearchResult(bestPage(scored, r), scored.size());
        }
        // More matches than are all scored: the talks that pass, unscored (bm25 costs about a microsecond a row, the
        // most of this search when thousands pass); then, as for words alone, all of them scored when few pass, else
        // the title matches first.
        BitSet passingIds = new BitSet();
        for (TalkId id : idQuery(c, "SELECT talk_fts.rowid" + from, params)) {
            passingIds.set(Math.toIntExact(id.value()));
        }
        BesideCommon.hold(passingIds, beside);
        if (passingIds.cardinality() <= bounds.exactRankMax) {
            List<double[]> scored = BesideCommon.held(c, scoredRows(c, scoring, params), beside);
            return new SearchResult(bestPage(scored, r), scored.size());
        }
        return titleFirstPage(c, passingIds, BesideCommon.titled(r, beside));
    }

    /**
     * The common words a search of the rarer words beside a filter left out (decision 0081): their talks; the whole
     * request, whose words say which titles lead a page of more talks than are scored; the rarer words' matches counted
     * (an over-count of the talks found: the common words' talks are most of the library), and read when the filter
     * beside them is broad ({@link #readsMatchesBeside}).
     */
    private record BesideCommon(BitSet talks, SearchRequest whole, BoundedCount counted, Optional<BitSet> matches,
                                FigureShares shares) {
        /** Keeps in {@code ids} only the common words' talks. */
        static void hold(BitSet ids, BesideCommon beside) {
            if (beside != null) {
                ids.and(beside.talks());
            }
        }

        /** The scored rows of the common words' talks, with the share of the kept words scored from their figures. */
        static List<double[]> held(Connection c, List<double[]> scored, BesideCommon beside) throws SQLException {
            if (beside == null) {
                return scored;
            }
            scored.removeIf(row -> !beside.talks().get((int) row[0]));
            return beside.shares().added(c, scored);
        }

        /** The request whose words order a title-first page. */
        static SearchRequest titled(SearchRequest r, BesideCommon beside) {
            return beside == null ? r : beside.whole();
        }
    }

    /**
     * The page of more ranked talks than are scored one by one ({@link #EXACT_RANK_MAX}): the ones whose title alone
     * matches the ranking words lead, newest first, then the others, newest first; reversed, the whole list backwards.
     * Each part is a bit set, so the page costs no walk of the search index (decision 0032).
     */
    private static SearchResult titleFirstPage(BitSet passing, BitSet title, SearchRequest r) {
        BitSet lead = (BitSet) passing.clone();
        lead.and(title);
        BitSet rest = (BitSet) passing.clone();
        rest.andNot(title);
        List<TalkId> ids = new ArrayList<>();
        long skip = r.offset();
        for (BitSet part : r.reversed() ? List.of(rest, lead) : List.of(lead, rest)) {
            int n = part.cardinality();
            if (skip >= n) {
                skip -= n;
                continue;
            }
            if (r.reversed()) {
                for (int id = part.nextSetBit(0); id >= 0 && ids.size() < r.limit(); id = part.nextSetBit(id + 1)) {
                    if (skip > 0) {
                        skip--;
                    } else {
                        ids.add(TalkId.of(id));
                    }
                }
            } else {
                for (int id = part.length() - 1; (id = part.previousSetBit(id)) >= 0 && ids.size() < r.limit(); id--) {
                    if (skip > 0) {
                        skip--;
                    } else {
                        ids.add(TalkId.of(id));
                    }
                }
            }
            if (ids.size() >= r.limit()) {
                break;
            }
        }
        return new SearchResult(ids, passing.cardinality());
    }

    /**
     * {@link #titleFirstPage(BitSet, BitSet, SearchRequest)} with the talks matching the ranking expression in their title
     * kept, or read from the search index: newest first, the title matches are read backwards only until the page is
     * full ({@code (E) AND ({title} : (E))}, tested against the passing talks here), and all of them only when the page
     * reaches past them. Reading every title match first cost a second walk of a common expression's list.
     */
    private static SearchResult titleFirstPage(Connection c, BitSet passing, SearchRequest r) throws SQLException {
        FullText expression = r.rankMatch();
        Optional<BitSet> kept = KeptWords.titleIds(c, expression);
        if (kept.isEmpty()) {
            kept = KeptWords.readPartly(c, expression, true);
        }
        if (kept.isEmpty()) {
            kept = titleIdsBesideKeptWords(c, expression);
        }
        if (kept.isPresent()) {
            return titleFirstPage(passing, kept.get(), r);
        }
        // Every id is held to the passing talks, which lack the words left out everywhere: the kept side in the title is
        // enough, where the whole expression walked the left-out words' lists again (python's, for rust -python).
        FullText titleMatch = expression.keptWordsLeftOut().map(sides -> sides.kept().inTitle())
                .orElseGet(() -> titleMatch(expression));
        if (r.reversed()) {
            return titleFirstPage(passing, wordIds(c, titleMatch), r);
        }
        List<TalkId> ids = new ArrayList<>();
        BitSet title = new BitSet();
        long skip = r.offset();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM talk_fts WHERE talk_fts MATCH ? ORDER BY rowid DESC")) {
            ps.setString(1, titleMatch.fts());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = Math.toIntExact(rs.getLong(1));
                    title.set(id);
                    if (!passing.get(id)) {
                        continue;
                    }
                    if (skip > 0) {
                        skip--;
                    } else {
                        ids.add(TalkId.of(id));
                        if (ids.size() >= r.limit()) {
                            return new SearchResult(ids, passing.cardinality());
                        }
                    }
                }
            }
        }
        return titleFirstPage(passing, title, r);
    }

    /**
     * The talks whose title holds every part of an "and" some of whose parts are kept words and others are not words
     * ({@code ("co"*) AND ("machine learning")}): the kept words' title bitmaps and {@code {title} : (the others)} from the
     * search index, which is {@code {title} : (the whole "and")}. A kept two-letter word merged every term it starts in
     * the titles (8 ms for "co" at 100,000 talks, decision 0054). Empty with words left out anywhere, or no part kept.
     */
    private static Optional<BitSet> titleIdsBesideKeptWords(Connection c, FullText expression) throws SQLException {
        List<FullText> parts = expression.andParts();
        if (parts.size() < 2 || expression.hasLeftOut()) {
            return Optional.empty();
        }
        BitSet all = null;
        List<FullText> others = new ArrayList<>();
        for (FullText part : parts) {
            Optional<BitSet> kept = part.keptWord().isPresent() ? KeptWords.titleIds(c, part) : Optional.empty();
            if (kept.isPresent()) {
                if (all == null) {
                    all = kept.get();
                } else {
                    all.and(kept.get());
                }
            } else {
                others.add(part);
            }
        }
        if (all == null || others.isEmpty()) {
            return Optional.empty();
        }
        all.and(wordIds(c, andOf(others).inTitle()));
        return Optional.of(all);
    }

    /**
     * The talks matching an expression in their title alone. Without a NOT, {@code {title} : (E)} finds only matches of
     * E; with one ({@code A NOT B}: A in the title, B not there) it must be held to E's matches too, which evaluates E's
     * lists twice (each prefix merged twice), so only then.
     */
    private static FullText titleMatch(FullText expression) {
        FullText inTitle = expression.inTitle();
        return expression.hasLeftOut() ? new FullText.All(List.of(expression, inTitle)) : inTitle;
    }

    /**
     * Parts of an "and" joined again, each in parentheses as they were cut from the text before the plan was data (one
     * alone too): the same text for FTS5, so the same matches and scores.
     */
    private static FullText andOf(List<FullText> parts) {
        return parts.size() == 1 ? new FullText.Any(parts) : new FullText.All(parts);
    }

    /**
     * Words with many matches beside other conditions: the talks that pass are the intersection of two id sets, the
     * word matches (read once from the search index, about 0.1 µs a match) and the other conditions' talks (one
     * narrow-index scan, or a topic's own entries), so no match costs an index probe (about 1.5 µs each). Only the
     * talks that are ranked are then scored: all of them up to {@link #EXACT_RANK_MAX}, else none, the title matches
     * leading, as for words alone.
     */
    private SearchResult rankedFromIdSets(Connection c, SearchRequest r, TalkFilter rest, Optional<BitSet> matchIds,
                                          double matchesGuess, BesideCommon beside) throws SQLException {
        BitSet passing;
        if (matchIds.isPresent() && rest.complement().isPresent()) {
            // Beside a filter guessed to keep most of the library the matches are read already: the talks the filter
            // leaves out are removed from them, and its own many ids are never gathered.
            passing = matchIds.get();
            keepPassing(c, passing, rest, CHECKED_BESIDE_BROAD_FILTER_MAX, bounds.drivenShare, bounds.intersectedShare);
        } else if (rest.reads() != TalkFilter.Reads.NARROW_COLUMNS && rest.complement().isPresent()) {
            // A "not" over id lists (-speaker:a): the talks it leaves out are gathered by their own plan and removed from
            // the matches; the negation itself would check every talk of the library.
            passing = wordIds(c, r.rankMatch());
            passing.andNot(selectedIds(c, rest.complement().get()));
            BesideCommon.hold(passing, beside);
        } else {
            BitSet candidates = selectedIds(c, rest);
            BesideCommon.hold(candidates, beside);
            // Kept words need no walk for their matches: the intersection is exact at once, and only the ranked talks
            // are scored (the candidates' walk scores every match among them, thousands beside a common field).
            if (candidates.cardinality() <= bounds.candidatesScoredMax && KeptWords.count(c, r.rankMatch()).isEmpty()) {
                return rankedFromCandidates(c, r, candidates, beside);
            }
            if (matchIds.isEmpty() && matchesGuess * candidates.cardinality() / Math.max(1, candidates.length())
                    <= bounds.exactRankMax * bounds.oneWalkGuessShare && onlyInSearchIndex(c, r.rankMatch())) {
                // Few passing talks guessed: scored in the one walk that finds them (the words' matches read first, then
                // walked again to be scored, walked a phrase three times with bm25's own count of its talks).
                OneWalk walk = scoredAmong(c, r.rankMatch(), candidates, bounds.exactRankMax, bounds.oneWalkStopShare);
                if (!walk.stopped()) {
                    List<double[]> scored = BesideCommon.held(c, walk.rows(), beside);
                    return new SearchResult(bestPage(scored, r), scored.size());
                }
                // Stopped: the talks it passed are known, only the matches after its last row are read (the whole list
                // again cost a walk of the part already walked).
                passing = walk.passed();
                passing.or(matchesAfter(c, r.rankMatch(), walk.last(), candidates));
            } else {
                passing = matchIds.isPresent() ? matchIds.get() : wordIds(c, r.rankMatch());
                passing.and(candidates);
            }
        }
        int total = passing.cardinality();
        if (total > bounds.exactRankMax) {
            return titleFirstPage(c, passing, BesideCommon.titled(r, beside));
        }
        // Every passing talk matches: one walk among them with the byte test scores exactly them (a temporary table of
        // their ids cost 0.6-0.8 ms to fill and its look-ups more than the byte test: django speaker:b, 2,411 talks,
        // 5.7-6.8 ms against 5.3 timed alone).
        OneWalk walk = scoredAmong(c, r.rankMatch(), passing, bounds.exactRankMax, Double.POSITIVE_INFINITY);
        return new SearchResult(bestPage(BesideCommon.held(c, walk.rows(), beside), r), total);
    }

    /**
     * Many word matches beside conditions few talks pass: driven from those talks (the candidates). One walk of the
     * word matches over the candidates' id range keeps the matches among them, newest first, each with its score;
     * that is the total, the ranking window and the newest-first tail at once. Reading the matches' ids and scoring
     * the window apart walks the word's list twice more (once for the ids, once for bm25's own count of matches).
     * Scores do not depend on which rows are scored, so the list is the id-set plan's.
     */
    private SearchResult rankedFromCandidates(Connection c, SearchRequest r, BitSet candidates, BesideCommon beside)
            throws SQLException {
        if (candidates.isEmpty()) {
            return new SearchResult(new ArrayList<>(), 0);
        }
        List<double[]> passing = scoredRows(c, """
                SELECT rowid, %s FROM talk_fts
                 WHERE talk_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))
                 ORDER BY rowid DESC""".formatted(BM25),
                List.of(r.rankMatch().fts(), candidates.nextSetBit(0), candidates.length() - 1, jsonArray(candidates)));
        return pageOfScored(c, BesideCommon.held(c, passing, beside), r, BesideCommon.titled(r, beside));
    }

    /**
     * What one walk scoring words among candidates read: every passing row, or, when it stopped early, the rows up to
     * its last one (the ids passed so far; their scores are not used).
     */
    private record OneWalk(List<double[]> rows, boolean stopped, long last) {
        BitSet passed() {
            BitSet ids = new BitSet();
            for (double[] row : rows) {
                ids.set((int) row[0]);
            }
            return ids;
        }
    }

    /**
     * Rows of (id, bm25 score) of the talks matching {@code expression} among {@code candidates}, from one walk of the
     * search index: the candidates go to SQLite as one byte per id, tested there, so the score is computed only for the
     * talks that pass and no list of ids is read or written first. The walk stops when more than {@code max} pass, or
     * when, from a quarter of {@code max} on, the talks passed so far project more than {@code stopShare} times
     * {@code max} over the candidates' id range ({@link #ONE_WALK_STOP_SHARE}); the caller then takes the plan for many.
     */
    private static OneWalk scoredAmong(Connection c, FullText expression, BitSet candidates, int max, double stopShare)
            throws SQLException {
        List<double[]> rows = new ArrayList<>();
        if (candidates.isEmpty()) {
            return new OneWalk(rows, false, 0);
        }
        int low = candidates.nextSetBit(0);
        int high = candidates.length() - 1;
        byte[] passes = new byte[candidates.length()];
        for (int id = low; id >= 0; id = candidates.nextSetBit(id + 1)) {
            passes[id] = 1;
        }
        int checkFrom = Math.max(1, max / 4);
        int checkEvery = Math.max(1, max / 16);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT rowid, %s FROM talk_fts
                 WHERE talk_fts MATCH ? AND rowid BETWEEN ? AND ? AND substr(?, rowid + 1, 1) = x'01'""".formatted(BM25))) {
            Sql.bind(ps, List.of(expression.fts(), low, high, passes));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    rows.add(new double[] {id, rs.getDouble(2)});
                    int n = rows.size();
                    if (n > max || n >= checkFrom && n % checkEvery == 0
                            && (double) n * (high - low + 1) / (id - low + 1) * (1 - 2 / Math.sqrt(n)) > max * stopShare) {
                        return new OneWalk(rows, true, id);
                    }
                }
            }
        }
        return new OneWalk(rows, false, high);
    }

    /** The talks among {@code candidates} matching an expression from the search index alone, of ids above {@code after}. */
    private static BitSet matchesAfter(Connection c, FullText expression, long after, BitSet candidates) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT group_concat(rowid) FROM talk_fts WHERE talk_fts MATCH ? AND rowid > ? AND rowid < ?")) {
            Sql.bind(ps, List.of(expression.fts(), after, candidates.length()));
            try (ResultSet rs = ps.executeQuery()) {
                BitSet ids = IdText.firstColumnSet(rs);
                ids.and(candidates);
                return ids;
            }
        }
    }

    /**
     * True when the talks matching an expression come from the search index alone: no kept word's bitmap gives them,
     * whole or in part ({@link #wordIds} would read those instead of walking the index).
     */
    private static boolean onlyInSearchIndex(Connection c, FullText expression) throws SQLException {
        if (expression.alternatives().isPresent() || expression.keptWordsLeftOut().isPresent()
                || expression.titleKeptWord().isPresent()) {
            return false;
        }
        Optional<List<String>> words = expression.keptWords();
        return (words.isEmpty() || words.get().size() == 1) && KeptWords.count(c, expression).isEmpty();
    }

    /** The talks matching a full-text expression: kept, or read in one statement. */
    private static BitSet wordIds(Connection c, FullText expression) throws SQLException {
        Optional<KeptWords.Kept> kept = KeptWords.read(c, expression);
        if (kept.isPresent()) {
            return kept.get().ids();
        }
        Optional<BitSet> partly = KeptWords.readPartly(c, expression, false);
        if (partly.isPresent()) {
            return partly.get();
        }
        Optional<KeptWords.Kept> besideKeptLeftOut = KeptWords.readBesideKeptLeftOut(c, expression);
        if (besideKeptLeftOut.isPresent()) {
            return besideKeptLeftOut.get().ids();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(rowid) FROM talk_fts WHERE talk_fts MATCH ?")) {
            ps.setString(1, expression.fts());
            try (ResultSet rs = ps.executeQuery()) {
                return IdText.firstColumnSet(rs);
            }
        }
    }

    /**
     * Ranking words that not every result matches (words beside a field under "or", words only under a negation):
     * the results matching them lead, best first, and the others follow newest first (by id, as beyond the
     * title-first order of a words-only search). Up to {@link #EXACT_RANK_MAX} word matches are all scored; beyond,
     * the results whose title matches them lead, newest first. Reversed, the whole list is reversed.
     */
    private SearchResult rankedWithin(Connection c, SearchRequest r, List<String> worthKeeping) throws SQLException {
        BitSet hits = selectedIds(c, r.filter());
        long matches = matchCount(c, r.rankMatch(), worthKeeping);
        if (matches > bounds.exactRankMax) {
            // The results whose title matches the ranking words lead, newest first; all the others follow.
            return titleFirstPage(c, hits, r);
        }
        List<double[]> scored = scoredRows(c, "SELECT rowid, %s FROM talk_fts WHERE talk_fts MATCH ?".formatted(BM25),
                List.of(r.rankMatch().fts()));
        scored.removeIf(row -> !hits.get((int) row[0]));
        scored.sort(Comparator.<double[]>comparingDouble(w -> w[1]).thenComparingDouble(w -> w[0]));
        BitSet unranked = (BitSet) hits.clone();
        List<Long> order = new ArrayList<>(hits.cardinality());
        for (double[] row : scored) {
            order.add((long) row[0]);
            unranked.clear((int) row[0]);
        }
        for (int id = unranked.previousSetBit(unranked.length()); id >= 0; id = unranked.previousSetBit(id - 1)) {
            order.add((long) id);
        }
        if (r.reversed()) {
            Collections.reverse(order);
        }
        List<TalkId> ids = new ArrayList<>();
        for (int i = r.offset(); i < Math.min(order.size(), (long) r.offset() + r.limit()); i++) {
            ids.add(TalkId.of(order.get(i)));
        }
        return new SearchResult(ids, order.size());
    }

    /** {@link #idSet(Connection, TalkFilter, int, double, double)} within this search's bounds. */
    private BitSet selectedIds(Connection c, TalkFilter filter) throws SQLException {
        return idSet(c, filter, CHECKED_BESIDE_BROAD_FILTER_MAX, bounds.drivenShare, bounds.intersectedShare);
    }

    /**
     * The ids a filter selects, gathered by SQLite as one text and parsed here: from the topic's own index entries
     * for a topic alone, by walking the word matches when it has words, else by one scan of a narrow index.
     */
    static BitSet idSet(Connection c, TalkFilter filter) throws SQLException {
        return idSet(c, filter, CHECKED_BESIDE_BROAD_FILTER_MAX);
    }

    /** {@link #idSet(Connection, TalkFilter)} with up to {@code checkedMax} word matches beside a broad filter checked. */
    static BitSet idSet(Connection c, TalkFilter filter, int checkedMax) throws SQLException {
        return idSet(c, filter, checkedMax, DRIVEN_SHARE);
    }

    /**
     * {@link #idSet(Connection, TalkFilter, int)} driving a filter of columns and topics from a condition's own index up
     * to {@code drivenShare} of the library ({@link #drivenByOwnIndex}).
     */
    static BitSet idSet(Connection c, TalkFilter filter, int checkedMax, double drivenShare) throws SQLException {
        return idSet(c, filter, checkedMax, drivenShare, INTERSECTED_SHARE);
    }

    /**
     * {@link #idSet(Connection, TalkFilter, int, double)} taking the intersection of a filter's own index ranges when it
     * costs at most {@code intersectedShare} of the scan ({@link #intersectedOwnIndexes}).
     */
    static BitSet idSet(Connection c, TalkFilter filter, int checkedMax, double drivenShare, double intersectedShare)
            throws SQLException {
        Optional<FullText> words = filter.words();
        Optional<TalkFilter.AnyOf> any = filter.anyOf();
        if (words.isEmpty() && any.isPresent()) {
            // An "or" over id lists: each alternative by its own plan, joined here, then the rest of the filter.
            BitSet set = new BitSet();
            for (TalkFilter alternative : any.get().alternatives()) {
                set.or(idSet(c, alternative, checkedMax, drivenShare, intersectedShare));
            }
            TalkFilter rest = filter.without(any.get());
            if (!rest.isAll()) {
                keepPassing(c, set, rest, checkedMax, drivenShare, intersectedShare);
            }
            return set;
        }
        Optional<TalkFilter> leftOut = filter.reads() == TalkFilter.Reads.NARROW_COLUMNS ? Optional.empty() : filter.ownComplement();
        if (leftOut.isPresent()) {
            // A "not" over id lists: every talk but the ones it leaves out, gathered by their own plan. Checking each talk
            // against them took 67 ms for -speaker:a at 100,000 talks; reading every id takes 5.
            BitSet set;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT group_concat(id) FROM talk")) {
                set = IdText.firstColumnSet(rs);
            }
            set.andNot(idSet(c, leftOut.get(), checkedMax, drivenShare, intersectedShare));
            return set;
        }
        Optional<TalkFilter.Speaker> speaker = filter.speaker();
        if (words.isEmpty() && speaker.isPresent()) {
            // A speaker term's talks from their own index entries, then the rest of the filter.
            BitSet set = speakerIds(c, speaker.get());
            TalkFilter rest = filter.without(speaker.get());
            if (!rest.isAll()) {
                keepPassing(c, set, rest, checkedMax, drivenShare, intersectedShare);
            }
            return set;
        }
        Optional<BitSet> driven = ownIndexPlan(c, filter, drivenShare, intersectedShare);
        if (driven.isPresent()) {
            return driven.get();
        }
        Optional<TalkFilter.Topic> topic = filter.onlyTopic();
        String sql;
        List<Object> params;
        if (topic.isPresent()) {
            sql = "SELECT group_concat(x.talk_id) FROM (%s) x".formatted(topic.get().idsSql());
            params = topic.get().params();
        } else if (words.isPresent()) {
            // Walk the word matches; check the rest of the filter on the narrow index.
            TalkFilter rest = filter.withoutWords();
            if (rest.isAll()) {
                return wordIds(c, words.get());
            }
            if (rest.selectivity() >= BROAD_FILTER_SHARE && rest.ownComplement().isPresent()) {
                // Beside a filter most talks pass, many matches are read at once and the talks that fail it removed
                // (about 0.1 µs an id each) instead of each match being checked on the narrow index (about 1.5 µs).
                // Only when the compiler gave it a complement of index ranges: another is a scan of the whole
                // narrow index, dearer than checking a few thousand matches.
                BitSet matches = wordIds(c, words.get());
                if (matches.cardinality() > checkedMax) {
                    keepPassing(c, matches, rest, checkedMax, drivenShare, intersectedShare);
                    return matches;
                }
            }
            sql = rest.isAll() ? "SELECT group_concat(rowid) FROM talk_fts WHERE talk_fts MATCH ?" : """
                    SELECT group_concat(talk_fts.rowid)
                      FROM talk_fts CROSS JOIN talk t INDEXED BY talk_facts ON t.id = talk_fts.rowid
                     WHERE talk_fts MATCH ? AND (%s)""".formatted(rest.sql());
            params = concat(List.of(words.get().fts()), rest.params());
        } else {
            sql = "SELECT group_concat(t.id) FROM "
                    + Schema.talkIndexedBy(filter.onlyIndexedColumn().orElse(narrowIndexFor(filter)), filter.sql());
            params = filter.params();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return IdText.firstColumnSet(rs);
            }
        }
    }

    /**
     * The talks passing a filter of column conditions, topics and lists, driven from a part whose talks an index of its
     * own lists ({@link TalkFilter#ownIndexParts}) when that part selects at most {@code drivenShare} of the library: its
     * talks read from that index (a range of a column's index, the entries of a list), then the rest checked for each of
     * them in the id-led narrow index, a topic by a seek of its own index. The parts are tried in the compiler's order
     * (most selective first), each counted only up to the bound; the first within it drives. {@code tag:python rating:>=4
     * has:media} read 19,766 rated talks at a million where the scan of the narrow index read every talk; {@code
     * has:notes} the 66,630 notes where every talk was checked against them (decision 0058). A column condition alone
     * keeps its own plans (a range of its index). Empty when no part qualifies.
     */
    static Optional<BitSet> drivenByOwnIndex(Connection c, TalkFilter filter, double drivenShare) throws SQLException {
        List<TalkFilter.Condition> drivers = filter.ownIndexParts();
        if (drivenShare <= 0 || drivers.isEmpty() || !filter.onlyColumnsTopicsAndLists()
                || filter.conditions().size() < 2 && filter.conditions().get(0) instanceof TalkFilter.Columns) {
            return Optional.empty();
        }
        long bound = (long) (longQuery(c, "SELECT coalesce(max(id), 0) FROM talk", List.of()) * Math.min(1, drivenShare));
        for (TalkFilter.Condition driver : drivers) {
            // Either a range of the column's own index (its talks as t.id), or the list's entries (as talk_id).
            String idsSql = driver instanceof TalkFilter.Columns col
                    ? "SELECT t.id AS talk_id FROM " + Schema.talkIndexedBy(col.index(), col.sql())
                    : ((TalkFilter.Other) driver).idsSql();
            TalkFilter rest = filter.without(driver);
            // A list alone is read whole whatever its length: no talk is checked after it, and checking every talk of
            // the library against it costs more than reading it.
            if (!rest.isAll() && longQuery(c, "SELECT count(*) FROM (" + idsSql + " LIMIT ?)",
                    concat(driver.params(), List.of(bound + 1))) > bound) {
                continue;
            }
            BitSet ids;
            try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(x.talk_id) FROM (" + idsSql + ") x")) {
                Sql.bind(ps, driver.params());
                try (ResultSet rs = ps.executeQuery()) {
                    ids = IdText.firstColumnSet(rs);
                }
            }
            if (ids.isEmpty() || rest.isAll()) {
                return Optional.of(ids);
            }
            // talk_progress_by_id holds every filter column in under half the pages of talk_facts (no sort titles):
            // 20,000 seeks in it took half the time at a million talks.
            try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(t.id) FROM talk t INDEXED BY "
                    + Schema.PROGRESS_BY_ID + " WHERE t.id IN (SELECT value FROM json_each(?)) AND (" + rest.seekSql() + ")")) {
                Sql.bind(ps, concat(List.of(jsonArray(ids)), rest.params()));
                try (ResultSet rs = ps.executeQuery()) {
                    return Optional.of(IdText.firstColumnSet(rs));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How one part of a filter is read from its own index for {@link #intersectedOwnIndexes}: {@code read}, a column
     * condition with an index of its own or a list, is the part itself, or (leftOut) the talks the part leaves out (the
     * other statuses of a common status, the range a negated range leaves out); {@code share} is the compiler's guess of
     * what it reads.
     */
    private record OwnIndexRead(TalkFilter.Condition read, boolean leftOut, double share) {
        /** How a part is read, when it can be: by the side the compiler guesses smaller, never one without an index. */
        static Optional<OwnIndexRead> of(TalkFilter.Condition part) {
            Optional<TalkFilter.Condition> complement = (part instanceof TalkFilter.Columns col
                    ? Optional.ofNullable(col.complement()) : Optional.<TalkFilter>empty())
                    .filter(f -> f.onlyIndexedColumn().isPresent()).map(f -> f.conditions().get(0));
            boolean ownRange = part instanceof TalkFilter.Columns col && col.index() != null
                    || part instanceof TalkFilter.Other o && o.idsSql() != null;
            if (complement.isPresent() && (!ownRange || part.selectivity() >= BROAD_FILTER_SHARE)) {
                return Optional.of(new OwnIndexRead(complement.get(), true, complement.get().selectivity()));
            }
            return ownRange ? Optional.of(new OwnIndexRead(part, false, part.selectivity())) : Optional.empty();
        }
    }

    /**
     * The talks passing a filter of column conditions and lists, every part read from its own index as an id set and the
     * sets intersected, a part the compiler guesses most talks pass read as the talks it leaves out and removed: {@code
     * year:2019 status:unwatched} at a million talks is the year's 71,461 talks from {@code talk_by_year} less the 279,524
     * talks of the other statuses, read from {@code talk_progress_by_status} keeping only that year's, where the scan of
     * the narrow index read all 1,000,000 (decision 0062). A read from an index that also holds the columns of the parts
     * read as themselves keeps only the talks passing those: every talk the filter passes passes them. Taken when its
     * estimated cost is at most {@code share} of the scan's ({@link #INTERSECTED_SHARE}): what each read reads and writes
     * out, and what the filter passes, estimated on {@link #SAMPLED_TALKS} talks spread over the ids (a seek each, under a
     * millisecond at a million talks), a list counted, once the compiler's guesses put it near ({@link #GUESS_MARGIN}).
     * A topic joins (decision 0063): the talks the other reads leave are sought in its own index, in id order ({@code
     * tag:python year:2020}: 77,258 seeks at a million talks, where the scan sought each talk of 2020 in the walk's
     * order), or its entries are read whole, whichever the sample says costs less; sought only beside a part read as
     * itself. Empty when a part has no index of its own to be read from ({@code has:media}, a negated topic), or every
     * part would be read as the talks it leaves out and no topic is read whole, or the scan costs less.
     */
    static Optional<BitSet> intersectedOwnIndexes(Connection c, TalkFilter filter, double share) throws SQLException {
        return intersectedOwnIndexes(c, filter, share, TopicRead.CHEAPER);
    }

    /**
     * How a topic joins {@link #intersectedOwnIndexes}: by the cheaper estimate (a kept topic as its kept set), or always
     * one way from its entries (tests hold each).
     */
    enum TopicRead { CHEAPER, PROBED, WHOLE }

    /**
     * Reading a kept topic's set costs about this many entries read per talk of the library: 8 KB per 65,536 ids, read
     * and joined (decision 0069).
     */
    static final double KEPT_SET_COST = 1.0 / 64;

    /**
     * One id set of {@link #intersectedOwnIndexes}: the ids {@code sql} selects as text (with {@code params}), or a kept
     * topic's set already read ({@code kept}); intersected, or (leftOut) removed.
     */
    private record IdsRead(boolean leftOut, String sql, List<Object> params, BitSet kept) {
        static IdsRead selected(boolean leftOut, String sql, List<Object> params) {
            return new IdsRead(leftOut, sql, params, null);
        }

        static IdsRead kept(boolean leftOut, BitSet ids) {
            return new IdsRead(leftOut, null, List.of(), ids);
        }

        BitSet ids(Connection c) throws SQLException {
            if (kept != null) {
                return kept;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    return IdText.firstColumnSet(rs);
                }
            }
        }
    }

    /** A topic left out ({@code -tag:python}) whose talks are kept as a set, the set; else empty. */
    private static Optional<BitSet> keptLeftOutTopic(Connection c, TalkFilter.Condition part) throws SQLException {
        if (part instanceof TalkFilter.Other o && o.complement() != null && o.complement().conditions().size() == 1
                && o.complement().conditions().get(0) instanceof TalkFilter.Topic topic) {
            return KeptTopics.read(c, topic);
        }
        return Optional.empty();
    }

    /** {@link #intersectedOwnIndexes(Connection, TalkFilter, double)} with each topic read as {@code topicRead} says. */
    static Optional<BitSet> intersectedOwnIndexes(Connection c, TalkFilter filter, double share, TopicRead topicRead)
            throws SQLException {
        if (share <= 0 || filter.conditions().size() < 2) {
            return Optional.empty();
        }
        List<OwnIndexRead> reads = new ArrayList<>();
        List<TalkFilter.Topic> topics = new ArrayList<>();
        // Common topics whose talks are kept as sets (decision 0069): read for next to nothing, as themselves or left out.
        Map<TalkFilter.Topic, BitSet> keptTopics = new HashMap<>();
        List<BitSet> keptLeftOut = new ArrayList<>();
        boolean keptSets = topicRead == TopicRead.CHEAPER;
        for (TalkFilter.Condition part : filter.conditions()) {
            if (part instanceof TalkFilter.Topic topic) {
                topics.add(topic);
                Optional<BitSet> kept = keptSets ? KeptTopics.read(c, topic) : Optional.empty();
                kept.ifPresent(ids -> keptTopics.put(topic, ids));
                continue;
            }
            Optional<OwnIndexRead> read = OwnIndexRead.of(part);
            if (read.isEmpty()) {
                Optional<BitSet> kept = keptSets ? keptLeftOutTopic(c, part) : Optional.empty();
                if (kept.isEmpty()) {
                    return Optional.empty();
                }
                keptLeftOut.add(kept.get());
                continue;
            }
            reads.add(read.get());
        }
        // The talks the other reads leave can be probed for a topic only when one of them is read as itself.
        boolean probeable = reads.stream().anyMatch(r -> !r.leftOut()) || !keptTopics.isEmpty();
        if (!probeable && topics.isEmpty() || topicRead == TopicRead.PROBED && !probeable) {
            return Optional.empty();
        }
        // The parts read as themselves first (the first is what the others are removed from), each kind smallest first.
        reads.sort(Comparator.comparing(OwnIndexRead::leftOut).thenComparingDouble(OwnIndexRead::share));
        List<TalkFilter.Columns> kept = reads.stream().filter(r -> !r.leftOut() && r.read() instanceof TalkFilter.Columns)
                .map(r -> (TalkFilter.Columns) r.read()).toList();
        long maxId = longQuery(c, "SELECT coalesce(max(id), 0) FROM talk", List.of());
        // Each read, and what is estimated of it on the sampled talks: the entries it reads, the ids it writes.
        List<IdsRead> idsReads = new ArrayList<>();
        List<String> sampled = new ArrayList<>();
        List<Object> sampledParams = new ArrayList<>();
        double guessed = 0;
        for (OwnIndexRead read : reads) {
            List<Object> params = new ArrayList<>();
            if (read.read() instanceof TalkFilter.Columns col) {
                List<TalkFilter.Columns> within = new ArrayList<>();
                Optional<Map.Entry<String, List<String>>> wider = Schema.widerIndex(col.index());
                if (wider.isPresent()) {
                    kept.stream().filter(k -> k != col && Schema.ownIndexColumn(k.index()).map(wider.get().getValue()::contains)
                            .orElse(false)).forEach(within::add);
                }
                String where = "(" + col.sql() + ")" + within.stream().map(k -> " AND (" + k.sql() + ")")
                        .collect(Collectors.joining());
                params.addAll(col.params());
                within.forEach(k -> params.addAll(k.params()));
                idsReads.add(IdsRead.selected(read.leftOut(), "SELECT group_concat(t.id) FROM "
                        + Schema.talkIndexedBy(within.isEmpty() ? col.index() : wider.get().getKey(), where), params));
                sampled.add("(" + col.sql() + ")");
                sampledParams.addAll(col.params());
                sampled.add(where);
                sampledParams.addAll(params);
                guessed += read.share() * (1 + IDS_WRITTEN_COST * within.stream().mapToDouble(k -> k.selectivity())
                        .reduce(1, (a, b) -> a * b));
            } else {
                params.addAll(read.read().params());
                idsReads.add(IdsRead.selected(read.leftOut(),
                        "SELECT group_concat(x.talk_id) FROM (" + ((TalkFilter.Other) read.read()).idsSql() + ") x", params));
                guessed += read.share() * (1 + IDS_WRITTEN_COST);
            }
        }
        for (BitSet ids : keptLeftOut) {
            idsReads.add(IdsRead.kept(true, ids));
            guessed += KEPT_SET_COST;
        }
        // The compiler's guesses first, with a wide margin (they are guesses): the estimate below costs a thousand seeks.
        // A topic costs the scan a seek for each talk passing the rest (in the order walked), or its entries gathered
        // first; the plan a seek for each talk the reads leave (in id order), or its entries read whole.
        double restGuess = reads.isEmpty() ? 1 : filter.conditions().stream().filter(p -> !(p instanceof TalkFilter.Topic))
                .mapToDouble(TalkFilter.Condition::selectivity).reduce(1, (a, b) -> a * b);
        double scanGuess = 1 + IDS_WRITTEN_COST * filter.selectivity();
        for (TalkFilter.Topic topic : topics) {
            double whole = topic.selectivity() * (1 + IDS_WRITTEN_COST);
            scanGuess += topic.selectivity() * TOPIC_PROBED_SHARE > 1 ? SCAN_SEEK_COST * restGuess : whole;
            guessed += keptTopics.containsKey(topic) ? KEPT_SET_COST
                    : probeable ? Math.min(TOPIC_SEEK_COST * restGuess, whole) : whole;
        }
        if (guessed > GUESS_MARGIN * share * scanGuess) {
            return Optional.empty();
        }
        double listsShare = 1;
        double listsCost = 0;
        for (OwnIndexRead read : reads) {
            if (read.read() instanceof TalkFilter.Other list) {
                long entries = longQuery(c, "SELECT count(*) FROM (" + list.idsSql() + " LIMIT ?)",
                        concat(list.params(), List.of(maxId + 1)));
                listsShare *= Math.min(1, entries / (double) Math.max(1, maxId));
                listsCost += entries * (1 + IDS_WRITTEN_COST);
            }
        }
        List<TalkFilter.Condition> columns = filter.conditions().stream().filter(p -> p instanceof TalkFilter.Columns).toList();
        if (!columns.isEmpty()) {
            sampled.add(columns.stream().map(p -> "(" + p.sql() + ")").collect(Collectors.joining(" AND ")));
            columns.forEach(p -> sampledParams.addAll(p.params()));
        }
        for (TalkFilter.Topic topic : topics) {
            sampled.add(topic.probeSql());
            sampledParams.addAll(topic.params());
        }
        if (!topics.isEmpty()) {
            // Columns and topics together: what the whole filter passes, lists aside.
            List<TalkFilter.Condition> checked = filter.conditions().stream()
                    .filter(p -> p instanceof TalkFilter.Columns || p instanceof TalkFilter.Topic).toList();
            sampled.add(checked.stream().map(p -> "(" + (p instanceof TalkFilter.Topic t ? t.probeSql() : p.sql()) + ")")
                    .collect(Collectors.joining(" AND ")));
            checked.forEach(p -> sampledParams.addAll(p.params()));
        }
        double[] shares = sampledShares(c, sampled, sampledParams, maxId);
        double planCost = listsCost;
        int columnReads = (int) reads.stream().filter(r -> r.read() instanceof TalkFilter.Columns).count();
        for (int i = 0; i < 2 * columnReads; i += 2) {
            planCost += maxId * (shares[i] + IDS_WRITTEN_COST * shares[i + 1]);
        }
        int next = 2 * columnReads + (columns.isEmpty() ? 0 : 1);
        double rest = (columns.isEmpty() ? 1 : shares[2 * columnReads]) * listsShare;
        double passing = (topics.isEmpty() ? rest / listsShare : shares[shares.length - 1]) * listsShare;
        // The topics read whole (as lists), and those the talks left after the reads seek in their own index.
        double scanCost = maxId * (1 + IDS_WRITTEN_COST * passing);
        List<TalkFilter.Topic> probed = new ArrayList<>();
        for (TalkFilter.Topic topic : topics) {
            double topicShare = shares[next++];
            double whole = maxId * topicShare * (1 + IDS_WRITTEN_COST);
            double probe = maxId * rest * TOPIC_SEEK_COST;
            // The scan seeks a topic most talks have for each talk passing the rest; another it gathers first.
            scanCost += topicShare * TOPIC_PROBED_SHARE > 1 ? maxId * rest * SCAN_SEEK_COST : whole;
            BitSet keptIds = keptTopics.get(topic);
            if (keptIds != null) {
                planCost += maxId * KEPT_SET_COST;
                idsReads.add(IdsRead.kept(false, keptIds));
            } else if (probeable && (topicRead == TopicRead.PROBED || topicRead == TopicRead.CHEAPER && probe < whole)) {
                probed.add(topic);
                planCost += probe;
            } else {
                planCost += whole;
                idsReads.add(IdsRead.selected(false, "SELECT group_concat(x.talk_id) FROM (" + topic.idsSql() + ") x",
                        topic.params()));
            }
        }
        for (int i = 0; i < keptLeftOut.size(); i++) {
            // The scan seeks a topic left out for each talk passing the rest, like one it must have.
            planCost += maxId * KEPT_SET_COST;
            scanCost += maxId * rest * SCAN_SEEK_COST;
        }
        if (!probed.isEmpty()) {
            planCost += maxId * IDS_WRITTEN_COST * passing;
        }
        if (planCost > share * scanCost) {
            return Optional.empty();
        }
        BitSet set = null;
        // A topic read whole or kept joins the parts read as themselves: before every part read as the talks it leaves out.
        idsReads.sort(Comparator.comparing(IdsRead::leftOut));
        for (IdsRead read : idsReads) {
            BitSet ids = read.ids(c);
            if (set == null) {
                set = ids;
            } else if (read.leftOut()) {
                set.andNot(ids);
            } else {
                set.and(ids);
            }
            if (set.isEmpty()) {
                return Optional.of(set);
            }
        }
        if (!probed.isEmpty()) {
            // Each talk left sought in each probed topic's index, in id order (its pages read once, in order).
            List<Object> params = new ArrayList<>(List.of(jsonArray(set)));
            probed.forEach(t -> params.addAll(t.params()));
            try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(t.id) FROM (SELECT value AS id FROM json_each(?)) t"
                    + " WHERE " + probed.stream().map(t -> "(" + t.probeSql() + ")").collect(Collectors.joining(" AND ")))) {
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    set = IdText.firstColumnSet(rs);
                }
            }
        }
        return Optional.of(set);
    }

    /**
     * The share of {@link #SAMPLED_TALKS} ids spread evenly over 1 to {@code maxId} (every id of a smaller library) whose
     * talks pass each condition given (a missing talk passes none), each checked by a seek of the id-led narrow index.
     */
    private static double[] sampledShares(Connection c, List<String> conditions, List<Object> params, long maxId)
            throws SQLException {
        double[] shares = new double[conditions.size()];
        if (conditions.isEmpty() || maxId <= 0) {
            return shares;
        }
        long step = Math.max(1, maxId / SAMPLED_TALKS);
        StringBuilder json = new StringBuilder("[");
        long asked = 0;
        for (long id = (step + 1) / 2; id <= maxId; id += step, asked++) {
            json.append(asked == 0 ? "" : ",").append(id);
        }
        String sums = conditions.stream().map(sql -> "sum(coalesce((" + sql + "), 0))").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + sums + " FROM talk t INDEXED BY " + Schema.PROGRESS_BY_ID
                + " WHERE t.id IN (SELECT value FROM json_each(?))")) {
            Sql.bind(ps, concat(params, List.of(json.append(']').toString())));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    for (int i = 0; i < shares.length; i++) {
                        shares[i] = rs.getLong(i + 1) / (double) Math.max(1, asked);
                    }
                }
            }
        }
        return shares;
    }

    /** {@link #drivenByOwnIndex}, else {@link #intersectedOwnIndexes}: the plans from a filter's own indexes. */
    static Optional<BitSet> ownIndexPlan(Connection c, TalkFilter filter, double drivenShare, double intersectedShare)
            throws SQLException {
        Optional<BitSet> driven = drivenByOwnIndex(c, filter, drivenShare);
        return driven.isPresent() ? driven : intersectedOwnIndexes(c, filter, intersectedShare);
    }

    /** The talks with a speaker matching a speaker term: the matching speakers' entries of {@code talk_speaker_by_speaker}. */
    private static BitSet speakerIds(Connection c, TalkFilter.Speaker speaker) throws SQLException {
        Optional<Character> initial = SpeakerInitials.keptInitial(speaker.word(), speaker.prefix());
        if (initial.isPresent()) {
            // One character: its talks are kept as a bit set (decision 0053), one read instead of 42,181 entries as text.
            Optional<BitSet> kept = SpeakerInitials.read(c, initial.get());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(x.talk_id) FROM (%s) x".formatted(speaker.idsSql()))) {
            Sql.bind(ps, speaker.params());
            try (ResultSet rs = ps.executeQuery()) {
                return IdText.firstColumnSet(rs);
            }
        }
    }

    /**
     * True when a filter has a speaker term, or is a "not" over one: its talks are gathered as ids from the speakers'
     * index (a few milliseconds), where SQLite would build the same list to check each talk against.
     */
    private static boolean gathersSpeakers(TalkFilter filter) {
        return filter.speaker().isPresent() || filter.ownComplement().flatMap(TalkFilter::speaker).isPresent();
    }

    /**
     * The rest of a filter as SQL for checking each of {@code matches} word matches: up to
     * {@link #CHECKED_BESIDE_BROAD_FILTER_MAX}, a speaker term seeks each match's speakers ({@link TalkFilter#probeSql});
     * beyond, SQLite gathers its talks once.
     */
    private static String checkSql(TalkFilter rest, long matches) {
        return matches <= CHECKED_BESIDE_BROAD_FILTER_MAX ? rest.probeSql() : rest.sql();
    }

    /**
     * Keeps the talks of a set that pass a filter. A filter guessed to keep most of the library is read as the talks it
     * leaves out, the smaller set ({@code status:unwatched} is 72% of a generated library: 720,000 ids to gather and
     * parse at a million talks, where the other statuses are 280,000; {@code not status:watched} is the watched 15%).
     * A guess of columns is checked first on an even sample of the talks: {@code duration:<20m} is guessed at half the
     * library and keeps a fifth of the five copies, whose other 80 % were read.
     */
    private static void keepPassing(Connection c, BitSet set, TalkFilter filter, int checkedMax, double drivenShare,
                                    double intersectedShare)
            throws SQLException {
        Optional<TalkFilter> complement = filter.selectivity() >= BROAD_FILTER_SHARE ? filter.complement() : Optional.empty();
        if (complement.isPresent() && filter.reads() == TalkFilter.Reads.NARROW_COLUMNS
                && sampledShares(c, List.of(filter.sql()), filter.params(),
                        longQuery(c, "SELECT coalesce(max(id), 0) FROM talk", List.of()))[0] < BROAD_FILTER_SHARE) {
            complement = Optional.empty();
        }
        if (complement.isPresent()) {
            set.andNot(idSet(c, complement.get(), checkedMax, drivenShare, intersectedShare));
        } else {
            set.and(idSet(c, filter, checkedMax, drivenShare, intersectedShare));
        }
    }

    /** The ids of a bit set as a JSON array, for {@code json_each}. */
    private static String jsonArray(BitSet ids) {
        StringBuilder json = new StringBuilder(ids.cardinality() * 7).append('[');
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            json.append(json.length() == 1 ? "" : ",").append(id);
        }
        return json.append(']').toString();
    }

    /** Rows of (id, bm25 score). */
    private static List<double[]> scoredRows(Connection c, String sql, List<?> params) throws SQLException {
        List<double[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new double[] {rs.getLong(1), rs.getDouble(2)});
                }
            }
        }
        return rows;
    }

    /**
     * The requested page of scored rows: best score first (bm25 is lower for better), ties by id. When the page ends well
     * before the list does, only the rows up to its end are put in order (a heap of that many): sorting all 3,580 rows of
     * {@code python asyncio} for its first 200 was a tenth of that search. The order is total (ids differ), so the page
     * is the one a sort of the whole list gives.
     */
    private static List<TalkId> bestPage(List<double[]> scored, SearchRequest r) {
        Comparator<double[]> order = rankOrder(r.reversed());
        int end = (int) Math.min(scored.size(), (long) r.offset() + r.limit());
        List<TalkId> ids = new ArrayList<>();
        if (end <= r.offset()) {
            return ids;
        }
        List<double[]> top;
        if (end * 2L >= scored.size()) {
            top = scored;
        } else {
            PriorityQueue<double[]> worstFirst = new PriorityQueue<>(end, order.reversed());
            for (double[] row : scored) {
                if (worstFirst.size() < end) {
                    worstFirst.add(row);
                } else if (order.compare(row, worstFirst.peek()) < 0) {
                    worstFirst.poll();
                    worstFirst.add(row);
                }
            }
            top = new ArrayList<>(worstFirst);
        }
        top.sort(order);
        for (int i = r.offset(); i < end; i++) {
            ids.add(TalkId.of((long) top.get(i)[0]));
        }
        return ids;
    }

    /** Rows of (id, score) best first (reversed: worst first), ties by id either way. */
    private static Comparator<double[]> rankOrder(boolean reversed) {
        return (a, b) -> {
            int byScore = reversed ? Double.compare(b[1], a[1]) : Double.compare(a[1], b[1]);
            return byScore != 0 ? byScore : Double.compare(a[0], b[0]);
        };
    }

    /**
     * A query of words alone. Up to {@link #EXACT_RANK_MAX} matches are all scored; beyond, the title matches lead,
     * newest first, and the others follow newest first. {@code whole}: the expression's matches when already read from
     * kept bitmaps.
     */
    private SearchResult wordsOnly(Connection c, SearchRequest r, long matches, String dir, Optional<KeptWords.Kept> whole)
            throws SQLException {
        Optional<FullText.Without> sides = r.rankMatch().keptWordsLeftOut();
        if (matches <= bounds.exactRankMax && whole.isPresent() && sides.isPresent()) {
            // The talks read, scored by the kept side alone: the words left out are in none of them, so each adds exactly
            // 0 to a bm25 score; scored by FTS5 as a NOT, bm25's idf walked their lists (asyncio -python: python's 924,737
            // matches, a quarter of a second at a million talks, to score 1,831 talks).
            List<double[]> scored = scoredAmong(c, sides.get().kept(), whole.get().ids(), bounds.exactRankMax,
                    Double.POSITIVE_INFINITY).rows();
            return new SearchResult(bestPage(scored, r), matches);
        }
        if (matches <= bounds.exactRankMax) {
            return new SearchResult(idQuery(c, """
                    SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?
                     ORDER BY %s %s, rowid LIMIT ? OFFSET ?""".formatted(BM25, dir),
                    List.of(r.rankMatch().fts(), r.limit(), r.offset())), matches);
        }
        // Read once: for words with words left out (python -django) each read walks the left-out words' lists.
        Optional<KeptWords.Kept> kept = whole.isPresent() ? whole : KeptWords.read(c, r.rankMatch());
        if (!r.reversed() && kept.isEmpty()) {
            // Not kept: the title matches newest first, which FTS5 reads backwards and stops once the page is full
            // (reading every match and every title match, a phrase in 100,000 talks at a million, took two walks).
            List<TalkId> lead = idQuery(c, "SELECT rowid FROM talk_fts WHERE talk_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?",
                    List.of(titleMatch(r.rankMatch()).fts(), r.limit(), r.offset()));
            if (lead.size() == r.limit()) {
                return new SearchResult(lead, matches);
            }
        }
        // Kept for a common word: two bit sets, no walk of the search index at all.
        return titleFirstPage(c, kept.isPresent() ? kept.get().ids() : wordIds(c, r.rankMatch()), r);
    }

    /**
     * True when a phrase in {@code matches} of the search index's {@code rows} has FTS5's bm25 idf of 1e-6: log((N - n +
     * 0.5) / (n + 0.5)) is at or under 0 from half the rows on, and FTS5 takes such an idf as 1e-6.
     */
    static boolean ranksNothing(long matches, long rows) {
        return matches * 2 >= rows;
    }

    /**
     * Words (alone, or beside other conditions: {@code check}), some kept and in most talks, the others in few: the
     * common words rank nothing (FTS5's bm25 gives a
     * term in half the talks or more an idf of 1e-6, so its share of a score is about a millionth of a rarer word's),
     * and their kept bit sets say which talks have them. So the rarer words are scored alone and the talks without the
     * common ones dropped. Evaluated by FTS5, {@code python metaclasses} merged the list of every word starting with
     * "python" twice (the count, then bm25 counting the phrase's talks) to rank 8 talks (decision 0045). Only when the
     * rarer words match at most {@link Bounds#exactRankMax} talks, so every plan ranks the whole list by bm25 as before;
     * scores differ from FTS5's by the common words' millionths, which can swap two talks whose scores tie to 1e-5.
     */
    private Optional<SearchResult> rankedByRarerWords(Connection c, SearchRequest r, TalkFilter check, List<String> worthKeeping)
            throws SQLException {
        return rankedByRarerWords(c, r, check, worthKeeping, true);
    }

    /**
     * {@code keptFigures}: whether a kept word in under half the library is scored from its {@link KeptFrequencies}
     * (decision 0082): held to its talks like a common word, its share of each score added to the rarer words' own
     * ({@link FigureShares}). A word whose figures are not all kept is ranked by FTS5 as before and noted in
     * {@code worthKeeping}, so they are built after the search.
     */
    private Optional<SearchResult> rankedByRarerWords(Connection c, SearchRequest r, TalkFilter check, List<String> worthKeeping,
                                                      boolean keptFigures) throws SQLException {
        // Words left out ("python asyncio -django": (A AND B) NOT (C)) match nothing in the talks found, so they add
        // nothing to a score either: the "and" is ranked as before and their talks removed.
        Optional<FullText.Without> sides = r.rankMatch().keptWordsLeftOut();
        List<FullText> parts = (sides.isPresent() ? sides.get().kept() : r.rankMatch()).andParts();
        if (parts.size() < 2 || parts.stream().noneMatch(part -> part.keptWord().isPresent()) || !KeptWords.present(c)) {
            return Optional.empty();
        }
        // A word in at least half of the search index's rows has bm25's idf of 1e-6, the rows counted as FTS5 counts
        // them. (Half the highest id, taken before, is more than that once talks are deleted.)
        Bm25.Totals totals = Bm25.totals(c, "talk_fts");
        long talks = totals.rows();
        BitSet common = null;
        List<FullText> rarer = new ArrayList<>();
        Map<String, Long> figureWords = new LinkedHashMap<>();
        boolean everyWordKept = true;
        for (FullText part : parts) {
            Optional<String> word = part.keptWord();
            OptionalLong kept = word.isPresent() ? KeptWords.count(c, KeptWords.expression(word.get())) : OptionalLong.empty();
            boolean rankless = kept.isPresent() && ranksNothing(kept.getAsLong(), talks);
            BitSet ids = kept.isPresent() && (rankless || keptFigures)
                    ? KeptWords.read(c, KeptWords.expression(word.get())).orElseThrow().ids() : null;
            if (ids != null && !rankless && !KeptFrequencies.complete(c, word.get(), ids)) {
                worthKeeping.add(word.get());
                ids = null;
            }
            if (ids == null) {
                rarer.add(part);
                everyWordKept &= kept.isPresent();
                continue;
            }
            if (common == null) {
                common = ids;
            } else {
                common.and(ids);
            }
            if (!rankless) {
                figureWords.put(word.get(), kept.getAsLong());
            }
        }
        if (!figureWords.isEmpty() && rarer.isEmpty()) {
            // No rarer word for FTS5 to score: the words under half the library are ranked by it, as before.
            return rankedByRarerWords(c, r, check, worthKeeping, false);
        }
        if (common == null || rarer.isEmpty()) {
            return Optional.empty();
        }
        FigureShares shares = new FigureShares(figureWords, totals);
        FullText rarerWords = andOf(rarer);
        if (check.isAll()) {
            // Words alone: the rarer words' matches read once (a count to the bound, then a read of the matches, walked
            // a prefix like "web"* twice: ~25 ms each at a million talks). Those with the kept words, less any left out,
            // are the results: more than are all scored, the title matches lead (decision 0050); else each is scored
            // in one walk of the rarer words among them, no other match scored.
            BitSet passing = wordIds(c, rarerWords);
            passing.and(common);
            if (sides.isPresent()) {
                passing.andNot(wordIds(c, sides.get().leftOut()));
            }
            if (passing.cardinality() > bounds.exactRankMax) {
                noteWorthKeeping(c, r.rankMatch(), passing.cardinality(), everyWordKept ? new ArrayList<>() : worthKeeping);
                return Optional.of(titleFirstPage(c, passing, r));
            }
            List<double[]> scored = shares.added(c,
                    scoredAmong(c, rarerWords, passing, Integer.MAX_VALUE, Double.POSITIVE_INFINITY).rows());
            return Optional.of(new SearchResult(bestPage(scored, r), scored.size()));
        }
        // Counted as far as the filter's plans count too, so the search below need not count again (with words left
        // out that search is not taken: counted to the bound alone). Beside a broad filter that search reads the
        // matches whole: read here once, the count theirs (a count merged web*'s lists for nothing: 8 % of python web
        // duration:<15m at a million talks).
        Optional<BitSet> rarerIds = sides.isEmpty() && readsMatchesBeside(c, rarerWords, check)
                ? Optional.of(wordIds(c, rarerWords)) : Optional.empty();
        BoundedCount counted;
        if (rarerIds.isPresent()) {
            counted = new BoundedCount(rarerIds.get().cardinality(), rarerIds.get().cardinality());
        } else {
            long countTo = sides.isPresent() ? bounds.exactRankMax
                    : Math.max(bounds.exactRankMax, countedBeside(check, filterFirst(c)));
            counted = boundedCount(c, rarerWords, countTo + 1L);
        }
        if (counted.count() > bounds.exactRankMax) {
            if (sides.isPresent()) {
                return Optional.empty();
            }
            // More rarer-word matches than are all scored: the filter's plans search the rarer words alone, held to
            // the common words' talks (decision 0081). Evaluated with them, FTS5 merged the list of every word
            // starting with "python" in each walk and again in bm25's count (python web year:2019: 26-27 ms).
            SearchRequest rarerOnly = new SearchRequest(TalkFilter.fullText(rarerWords).and(check), rarerWords,
                    r.sort(), r.reversed(), r.playlistId(), r.offset(), r.limit());
            return Optional.of(ranked(c, rarerOnly, worthKeeping, new BesideCommon(common, r, counted, rarerIds, shares)));
        }
        List<double[]> scored = scoredRows(c, "SELECT rowid, " + BM25 + " FROM talk_fts WHERE talk_fts MATCH ?",
                List.of(rarerWords.fts()));
        if (sides.isPresent()) {
            common.andNot(wordIds(c, sides.get().leftOut()));
        }
        BitSet withCommon = common;
        scored.removeIf(row -> !withCommon.get((int) row[0]));
        if (!check.isAll() && !scored.isEmpty()) {
            BitSet candidates = new BitSet();
            scored.forEach(row -> candidates.set((int) row[0]));
            BitSet passing;
            Optional<TalkFilter> leftOut = check.reads() == TalkFilter.Reads.NARROW_COLUMNS
                    && check.selectivity() >= BROAD_FILTER_SHARE ? check.ownComplement() : Optional.empty();
            if (leftOut.isPresent() && (1 - check.selectivity()) * talks < (double) scored.size() * IDS_GATHERED_PER_CHECK) {
                // A broad filter beside more talks than its few left-out ones cost to gather: those are read from their
                // own index ranges and removed (status:unwatched leaves out 24,000 of 100,000 talks: 1.3 ms, where
                // checking the 3,580 talks of python asyncio one by one took 3.7).
                passing = candidates;
                passing.andNot(idSet(c, leftOut.get()));
            } else {
                // The rest of the filter, checked on these few talks only (by a probe each, as the words-first plan checks).
                BitSet checked = new BitSet();
                idQuery(c, "SELECT t.id FROM talk t WHERE t.id IN (SELECT value FROM json_each(?)) AND ("
                        + checkSql(check, scored.size()) + ")", concat(List.of(jsonArray(candidates)), check.params()))
                        .forEach(id -> checked.set(Math.toIntExact(id.value())));
                passing = checked;
            }
            scored.removeIf(row -> !passing.get((int) row[0]));
        }
        scored = shares.added(c, scored);
        return Optional.of(new SearchResult(bestPage(scored, r), scored.size()));
    }

    /**
     * The kept words under half the library a search scores from their kept figures (decision 0082), each with its count
     * of talks: each one's share of bm25 is added to the score FTS5 gives the other words alone, which is the sum FTS5
     * gives the whole expression (each phrase's part is independent of the others).
     */
    private record FigureShares(Map<String, Long> words, Bm25.Totals totals) {
        /**
         * The rows with each word's share added; every row's talk has every word (the rows were held to their talks),
         * and the words' figures were found complete in this read.
         */
        List<double[]> added(Connection c, List<double[]> scored) throws SQLException {
            if (words.isEmpty() || scored.isEmpty()) {
                return scored;
            }
            BitSet talks = new BitSet();
            scored.forEach(row -> talks.set((int) row[0]));
            for (Map.Entry<String, Long> word : words.entrySet()) {
                Map<Integer, KeptFrequencies.Figures> figures = KeptFrequencies.read(c, word.getKey(), talks)
                        .orElseThrow(() -> new CatalogException("the kept figures of \"" + word.getKey()
                                + "\" disagree with its talks"));
                double idf = Bm25.idf(totals, word.getValue());
                for (double[] row : scored) {
                    KeptFrequencies.Figures f = figures.get((int) row[0]);
                    row[1] += Bm25.score(idf, totals, f.weightedCount(), f.length());
                }
            }
            return scored;
        }
    }

    /**
     * The same list as {@link #wordsOnly}, from one evaluation of the expression: every match with its score, newest
     * first, read once. For an expression FTS5 evaluates slowly (a one-letter prefix) this halves the work; for
     * others, scoring every match costs more than counting them first.
     */
    private SearchResult wordsOnlyInOnePass(Connection c, SearchRequest r) throws SQLException {
        List<double[]> all = scoredRows(c,
                "SELECT rowid, %s FROM talk_fts WHERE talk_fts MATCH ? ORDER BY rowid DESC".formatted(BM25), List.of(r.rankMatch().fts()));
        return pageOfScored(c, all, r, r);
    }

    /**
     * The page of a whole result list with every row scored: all of it ranked up to {@link #EXACT_RANK_MAX} rows, else
     * the title matches of {@code titled}'s words first ({@link #titleFirstPage}).
     */
    private SearchResult pageOfScored(Connection c, List<double[]> all, SearchRequest r, SearchRequest titled)
            throws SQLException {
        if (all.size() <= bounds.exactRankMax) {
            return new SearchResult(bestPage(all, r), all.size());
        }
        BitSet passing = new BitSet();
        for (double[] row : all) {
            passing.set((int) row[0]);
        }
        return titleFirstPage(c, passing, titled);
    }

    private SearchResult ordered(Connection c, SearchRequest request, List<String> worthKeeping) throws SQLException {
        List<Object> params = new ArrayList<>();
        String from = "talk t";
        // Each key with the index that lists talks in that order, and whether a walk of it gives the order exactly (no
        // sort after it: not for NULLS LAST ascending, nor for a key descending with the id ascending after it).
        String sortIndex = null;
        boolean walkedInOrder = false;
        String order = switch (request.sort()) {
            case RELEVANCE, ADDED -> {
                sortIndex = "talk_filter_by_added";
                walkedInOrder = true;
                yield "t.added " + dir(request, true) + ", t.id " + dir(request, true);
            }
            case TITLE -> {
                sortIndex = "talk_by_sort_title";
                walkedInOrder = !request.reversed();
                yield "t.sort_title " + dir(request, false) + ", t.id";
            }
            case YEAR -> {
                // talk_by_year_title lists talks newest year first, NULL years last, then by title and id. Reversed, a
                // backward walk of it would put the NULL years first, so that order has no index.
                sortIndex = request.reversed() ? null : "talk_by_year_title";
                walkedInOrder = sortIndex != null;
                yield "t.year " + dir(request, true) + " NULLS LAST, t.sort_title, t.id";
            }
            case DURATION -> {
                sortIndex = "talk_by_duration";
                yield "t.duration_ms " + dir(request, false) + " NULLS LAST, t.id";
            }
            case LAST_WATCHED -> {
                sortIndex = "talk_by_last_played";
                yield "t.last_played " + dir(request, true) + " NULLS LAST, t.id";
            }
            case PLAYLIST -> {
                from = "talk t JOIN playlist_item pi ON pi.talk_id = t.id AND pi.playlist_id = ?";
                params.add(request.playlistId());
                yield "pi.ord " + dir(request, false);
            }
        };
        Optional<FullText> words = request.filter().words();
        if (words.isPresent() && request.sort() != SortKey.PLAYLIST) {
            TalkFilter rest = request.filter().withoutWords();
            // Counting words left out, an "or" or an "and" from kept bitmaps reads them: read once, for the count and
            // the walk (decision 0067).
            Optional<KeptWords.Kept> whole = rest.isAll() && KeptWords.countsByReading(words.get())
                    ? KeptWords.read(c, words.get()) : Optional.empty();
            if (whole.isEmpty() && rest.isAll() && KeptWords.countsByReading(words.get())) {
                whole = KeptWords.readBesideKeptLeftOut(c, words.get());
            }
            long matches = whole.isPresent() ? whole.get().count() : matchCount(c, words.get(), worthKeeping);
            if (matches == 0) {
                return new SearchResult(new ArrayList<>(), 0);
            }
            Optional<KeptWords.Kept> kept = rest.isAll() && matches > bounds.indexWalkMin && sortIndex != null
                    ? (whole.isPresent() ? whole : KeptWords.read(c, words.get())) : Optional.empty();
            if (kept.isEmpty() && rest.isAll() && matches > bounds.indexWalkMin && sortIndex != null) {
                // Some words kept: their bitmaps and the other words' matches, where the walk's IN check below merged
                // a kept word's whole list (decision 0050).
                kept = KeptWords.readPartly(c, words.get(), false).map(ids -> new KeptWords.Kept(ids.cardinality(), ids));
            }
            if (kept.isPresent()) {
                // A kept word: walk the sort key's index and keep the ids in its bitmap until the page is full.
                BitSet ids = kept.get().ids();
                return new SearchResult(pageOfIndexWalk(c, "SELECT t.id FROM talk t INDEXED BY %s ORDER BY %s"
                        .formatted(sortIndex, order), ids::get, request), matches);
            }
            if (rest.isAll() && matches > bounds.indexWalkMin && sortIndex != null) {
                // Many matches: walk the sort key's index and stop after one page; SQLite keeps the matches'
                // ids in a transient index for the IN check. Sorting them all costs a probe per match.
                return new SearchResult(idQuery(c, """
                        SELECT t.id FROM talk t INDEXED BY %s WHERE %s ORDER BY %s LIMIT ? OFFSET ?"""
                                .formatted(sortIndex, request.filter().sql(), order),
                        concat(request.filter().params(), List.of(request.limit(), request.offset()))), matches);
            }
            if (!rest.isAll() && matches > bounds.filterFirstMin) {
                filterFirst(c, rest);
                List<TalkId> ids = idQuery(c, """
                        SELECT t.id FROM talk_fts CROSS JOIN temp.search_filtered f ON f.id = talk_fts.rowid
                               CROSS JOIN talk t INDEXED BY talk_facts ON t.id = f.id
                         WHERE talk_fts MATCH ? ORDER BY %s LIMIT ? OFFSET ?""".formatted(order),
                        List.of(words.get().fts(), request.limit(), request.offset()));
                return new SearchResult(ids, longQuery(c, """
                        SELECT count(*) FROM talk_fts CROSS JOIN temp.search_filtered f ON f.id = talk_fts.rowid
                         WHERE talk_fts MATCH ?""", List.of(words.get().fts())));
            }
            // Walk the word matches and read the sort key from the narrow index, not the talk rows.
            List<TalkId> ids = idQuery(c, """
                    SELECT t.id FROM talk_fts CROSS JOIN talk t INDEXED BY talk_facts ON t.id = talk_fts.rowid
                     WHERE talk_fts MATCH ? AND (%s)
                     ORDER BY %s LIMIT ? OFFSET ?""".formatted(checkSql(rest, matches), order),
                    concat(List.of(words.get().fts()), rest.params(), List.of(request.limit(), request.offset())));
            return new SearchResult(ids, countAfterWords(c, words.get(), rest, matches));
        }
        if (bounds.shapePlans && request.sort() != SortKey.PLAYLIST && gathersSpeakers(request.filter())) {
            Optional<SearchResult> page = pageOfGatheredIds(c, request, walkedInOrder ? sortIndex : null, order);
            if (page.isPresent()) {
                return page.get();
            }
        }
        long total = -1; // counted once, by the first plan below that needs it
        boolean ownIndexPlansTried = false;
        if (bounds.shapePlans && request.sort() != SortKey.PLAYLIST) {
            // Few talks in a range of a condition's own index (rating:>=4 beside a topic and has:media): gathered from it,
            // then the page taken from those ids, where the walks below read the narrow index of every talk.
            Optional<BitSet> driven = drivenByOwnIndex(c, request.filter(), bounds.drivenShare);
            if (driven.isPresent()) {
                return pageOfIds(c, request, driven.get(), false, walkedInOrder ? sortIndex : null, order);
            }
            // The intersection of the parts' own index ranges: the page from its ids in an order an index walk gives;
            // in another, its ids are many to sort, so they give the total and the page is found as below. Tried once
            // for both (the count tried both plans again).
            Optional<BitSet> intersected = intersectedOwnIndexes(c, request.filter(), bounds.intersectedShare);
            if (intersected.isPresent() && walkedInOrder) {
                return pageOfIds(c, request, intersected.get(), false, sortIndex, order);
            }
            total = intersected.map(BitSet::cardinality).orElse(-1);
            ownIndexPlansTried = true;
        }
        boolean newestFirstOrder = from.equals("talk t")
                && (request.sort() == SortKey.ADDED || request.sort() == SortKey.RELEVANCE);
        Optional<TalkFilter.Topic> topic = request.filter().topic();
        TalkFilter besideTopic = topic.map(request.filter()::without).orElse(TalkFilter.ALL);
        if (bounds.shapePlans && newestFirstOrder && topic.isPresent() && !besideTopic.isAll()
                && besideTopic.reads() == TalkFilter.Reads.NARROW_COLUMNS) {
            // A topic and column conditions: one walk of the narrow index in order gives the page and the total
            // (a page walk, then a count by a second scan, read the index twice). The conditions come first so
            // only the talks passing them check the topic: the other way round cost twice as much. A topic most talks
            // have is checked by one seek of its index per passing talk; gathering its ids for the IN list first cost
            // more than the scan (77,000 ids for tag:python at 100,000 talks).
            String inTopic = isCommon(c, topic.get()) ? topic.get().probeSql() : "t.id IN (" + topic.get().idsSql() + ")";
            return pageAndTotal(c, "SELECT t.id FROM talk t INDEXED BY talk_filter_by_added WHERE (%s) AND %s ORDER BY %s"
                    .formatted(besideTopic.sql(), inTopic, order),
                    concat(besideTopic.params(), topic.get().params()), request);
        }
        // In any order an index gives as it is walked (newest first, title, year).
        Optional<TalkFilter.Topic> onlyTopic = bounds.shapePlans && walkedInOrder
                ? request.filter().onlyTopic() : Optional.empty();
        if (onlyTopic.isPresent()) {
            total = countIn(c, request.filter(), worthKeeping, ownIndexPlansTried);
            if (isCommon(total, c)) {
                // A topic most talks have: walk the sort key's index and seek each talk in the topic's index until the
                // page is full (a few hundred seeks), instead of gathering and sorting all its talks first.
                return new SearchResult(idQuery(c, "SELECT t.id FROM talk t INDEXED BY %s WHERE %s ORDER BY %s LIMIT ? OFFSET ?"
                        .formatted(sortIndex, onlyTopic.get().probeSql(), order),
                        concat(onlyTopic.get().params(), List.of(request.limit(), request.offset()))), total);
            }
        }
        Optional<FullText> negated = bounds.shapePlans && newestFirstOrder ? request.filter().onlyNegatedWords() : Optional.empty();
        if (negated.isPresent()) {
            // Not a word: the library less its matches, and the newest talks outside them. Its matches are read once (a
            // kept bitmap, or its list from the search index): counted by FTS5 and then checked talk by talk in the
            // walk, "-django" read django's 187,558 matches twice at a million talks (decision 0067).
            Optional<KeptWords.Kept> kept = KeptWords.read(c, negated.get());
            BitSet ids = kept.isPresent() ? kept.get().ids() : wordIds(c, negated.get());
            long matching = kept.isPresent() ? kept.get().count() : ids.cardinality();
            if (kept.isEmpty()) {
                noteWorthKeeping(c, negated.get(), matching, worthKeeping);
            }
            long notMatching = longQuery(c, "SELECT count(*) FROM talk", List.of()) - matching;
            long wanted = Math.min(request.limit(), notMatching - request.offset());
            if (wanted <= 0) {
                return new SearchResult(List.of(), notMatching);
            }
            long maxId = longQuery(c, "SELECT max(id) FROM talk", List.of());
            if (maxId - ids.cardinality() <= bounds.idListMax) {
                // Few ids outside the bitmap (a word in nearly every talk): those talks, sorted. Walking the index in
                // page order to find them passed every talk when they are old (a million talks: 0.4 s).
                BitSet outside = new BitSet();
                outside.set(1, (int) Math.min(Integer.MAX_VALUE - 1, maxId) + 1);
                outside.andNot(ids);
                return new SearchResult(idQuery(c, "SELECT t.id FROM talk t INDEXED BY talk_facts WHERE t.id IN "
                        + "(SELECT value FROM json_each(?)) ORDER BY " + order + " LIMIT ? OFFSET ?",
                        List.of(jsonArray(outside), request.limit(), request.offset())), notMatching);
            }
            return new SearchResult(pageOfIndexWalk(c, "SELECT t.id FROM talk t INDEXED BY talk_filter_by_added ORDER BY "
                    + order, id -> !ids.get(id), request, wanted), notMatching);
        }
        // Counted first: a walk in page order stops after the last match there is, not at the end of the library.
        // A filter that matches nothing or little (said: in a library without transcripts, a field no talk has) walked
        // every talk testing each, ~100 ms at a million talks, to fill a page it could never fill.
        if (total < 0) {
            total = countIn(c, request.filter(), worthKeeping, ownIndexPlansTried);
        }
        long left = total - request.offset();
        if (left <= 0) {
            return new SearchResult(List.of(), total);
        }
        params.addAll(request.filter().params());
        params.add(Math.min(request.limit(), left));
        params.add(request.offset());
        if (newestFirstOrder) {
            // Newest first: walk the narrow filter index from the newest end and stop after one page.
            from = "talk t INDEXED BY talk_filter_by_added";
        }
        List<TalkId> ids = idQuery(c, "SELECT t.id FROM " + from + " WHERE " + request.filter().sql() + " ORDER BY " + order
                + " LIMIT ? OFFSET ?", params);
        return new SearchResult(ids, total);
    }

    /**
     * The page of a filter with a speaker term, or of a "not" over one: its talks (or the talks it leaves out) gathered as
     * ids ({@link #idSet}), then the page sorted from those ids when they are few or no index gives the order, else found
     * by a walk of the sort key's index ({@code walkIndex}, walked in page order, or null) that stops once the page is
     * full. The filter's SQL in that walk made SQLite build the speakers' talk list first (17 ms for speaker:a at 100,000
     * talks) and gave no total. Empty when the talks left out are known but no index walk gives the order.
     */
    private Optional<SearchResult> pageOfGatheredIds(Connection c, SearchRequest request, String walkIndex, String order)
            throws SQLException {
        TalkFilter filter = request.filter();
        Optional<TalkFilter> leftOut = filter.speaker().isPresent() ? Optional.empty() : filter.ownComplement();
        if (leftOut.isPresent() && walkIndex == null) {
            return Optional.empty();
        }
        BitSet ids = selectedIds(c, leftOut.orElse(filter));
        return Optional.of(pageOfIds(c, request, ids, leftOut.isPresent(), walkIndex, order));
    }

    /**
     * The page of the talks known by their ids ({@code leftOut}: of every talk but these): sorted from the ids when they are
     * few or no index gives the order ({@code walkIndex} null; never with {@code leftOut}), else found by a walk of the sort
     * key's index that stops once the page is full.
     */
    private SearchResult pageOfIds(Connection c, SearchRequest request, BitSet ids, boolean leftOut, String walkIndex,
                                   String order) throws SQLException {
        long total = leftOut ? longQuery(c, "SELECT count(*) FROM talk", List.of()) - ids.cardinality()
                : ids.cardinality();
        long wanted = Math.min(request.limit(), total - request.offset());
        if (wanted <= 0) {
            return new SearchResult(List.of(), total);
        }
        if (!leftOut && (total <= bounds.idListMax || walkIndex == null)) {
            return new SearchResult(idQuery(c, "SELECT t.id FROM talk t INDEXED BY talk_facts WHERE t.id IN "
                    + "(SELECT value FROM json_each(?)) ORDER BY " + order + " LIMIT ? OFFSET ?",
                    List.of(jsonArray(ids), request.limit(), request.offset())), total);
        }
        IntPredicate passes = leftOut ? id -> !ids.get(id) : ids::get;
        return new SearchResult(pageOfIndexWalk(c, "SELECT t.id FROM talk t INDEXED BY " + walkIndex + " ORDER BY "
                + order, passes, request, wanted), total);
    }

    /** True when more than one talk in {@link #TOPIC_PROBED_SHARE} has the topic (it only chooses a plan). */
    private static boolean isCommon(Connection c, TalkFilter.Topic topic) throws SQLException {
        // Counted only as far as the answer needs: tag:python's 775,420 talks at a million counted whole took ~25 ms,
        // past the bound (200,001 entries) ~8 (decision 0050).
        long bound = longQuery(c, "SELECT max(id) FROM talk", List.of()) / TOPIC_PROBED_SHARE + 1;
        return isCommon(longQuery(c, "SELECT count(*) FROM (%s LIMIT ?)".formatted(topic.idsSql()),
                concat(topic.params(), List.of(bound))), c);
    }

    /** True when {@code talks} are more than one in {@link #TOPIC_PROBED_SHARE} of the library (by its largest id). */
    private static boolean isCommon(long talks, Connection c) throws SQLException {
        return talks * TOPIC_PROBED_SHARE > longQuery(c, "SELECT max(id) FROM talk", List.of());
    }

    /**
     * The requested page of the ids a query lists in order that pass a test made here (a kept word's bitmap): the
     * walk stops once the page is full.
     */
    private static List<TalkId> pageOfIndexWalk(Connection c, String sql, IntPredicate passes,
                                                SearchRequest r) throws SQLException {
        return pageOfIndexWalk(c, sql, passes, r, r.limit());
    }

    /** {@link #pageOfIndexWalk}, stopping once {@code wanted} ids are found (all there are on this page). */
    private static List<TalkId> pageOfIndexWalk(Connection c, String sql, IntPredicate passes,
                                                SearchRequest r, long wanted) throws SQLException {
        List<TalkId> ids = new ArrayList<>();
        long skip = r.offset();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (ids.size() < Math.min(r.limit(), wanted) && rs.next()) {
                    long id = rs.getLong(1);
                    if (id >= 0 && id <= Integer.MAX_VALUE && passes.test((int) id)) {
                        if (skip > 0) {
                            skip--;
                        } else {
                            ids.add(TalkId.of(id));
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Steps through every id a query lists in order: the requested page is kept, the rest only counted. */
    private static SearchResult pageAndTotal(Connection c, String sql, List<?> params, SearchRequest r) throws SQLException {
        List<TalkId> ids = new ArrayList<>();
        long total = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (total >= r.offset() && ids.size() < r.limit()) {
                        ids.add(TalkId.of(rs.getLong(1)));
                    }
                    total++;
                }
            }
        }
        return new SearchResult(ids, total);
    }

    /**
     * The talks passing a filter, into temp.search_filtered, by one scan of a narrow index. For a word in much of
     * the library, checking the rest of the filter per match costs a talk_facts probe each (~0.25 µs); a scan
     * of the narrow index (~3 ms at 100,000 talks) and a probe of this small in-memory table per match is less.
     */
    private static void filterFirst(Connection c, TalkFilter rest) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS search_filtered (id INTEGER PRIMARY KEY)");
            s.execute("DELETE FROM temp.search_filtered");
        }
        if (gathersSpeakers(rest)) {
            // Its talks gathered as ids: the scan would check each talk against the speakers' whole talk list.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.search_filtered(id) SELECT value FROM json_each(?)")) {
                ps.setString(1, jsonArray(idSet(c, rest)));
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.search_filtered(id) SELECT t.id FROM talk t INDEXED BY "
                + narrowIndexFor(rest) + " WHERE " + rest.sql())) {
            Sql.bind(ps, rest.params());
            ps.executeUpdate();
        }
    }

    private long countIn(Connection c, TalkFilter filter, List<String> worthKeeping) throws SQLException {
        return countIn(c, filter, worthKeeping, false);
    }

    /** {@link #countIn(Connection, TalkFilter, List)}, the own-index plans left out when the page already tried them. */
    private long countIn(Connection c, TalkFilter filter, List<String> worthKeeping, boolean ownIndexPlansTried)
            throws SQLException {
        if (filter.isAll()) {
            return longQuery(c, "SELECT count(*) FROM talk", List.of());
        }
        Optional<TalkFilter.Topic> onlyTopic = filter.onlyTopic();
        if (bounds.shapePlans && onlyTopic.isPresent()) {
            return longQuery(c, "SELECT count(*) FROM (%s)".formatted(onlyTopic.get().idsSql()), onlyTopic.get().params());
        }
        Optional<BitSet> driven = bounds.shapePlans && !ownIndexPlansTried
                ? ownIndexPlan(c, filter, bounds.drivenShare, bounds.intersectedShare) : Optional.empty();
        if (driven.isPresent()) {
            return driven.get().cardinality();
        }
        Optional<FullText> words = filter.words();
        Optional<TalkFilter.Topic> topic = filter.topic();
        if (bounds.shapePlans && words.isEmpty() && topic.isPresent()
                && filter.without(topic.get()).reads() == TalkFilter.Reads.NARROW_COLUMNS) {
            // A topic and column conditions: the conditions by one narrow scan, then the topic's ids probe them.
            filterFirst(c, filter.without(topic.get()));
            return longQuery(c, "SELECT count(*) FROM (%s) x CROSS JOIN temp.search_filtered f ON f.id = x.talk_id"
                    .formatted(topic.get().idsSql()), topic.get().params());
        }
        if (bounds.shapePlans && words.isEmpty() && (filter.anyOf().isPresent() || filter.speaker().isPresent())) {
            return selectedIds(c, filter).cardinality();
        }
        Optional<TalkFilter> leftOut = filter.reads() == TalkFilter.Reads.NARROW_COLUMNS ? Optional.empty() : filter.ownComplement();
        if (bounds.shapePlans && leftOut.isPresent()) {
            // A "not" over id lists: the library less the talks it leaves out, counted by their own plan.
            return longQuery(c, "SELECT count(*) FROM talk", List.of()) - countIn(c, leftOut.get(), worthKeeping);
        }
        Optional<FullText> negated = filter.onlyNegatedWords();
        if (bounds.shapePlans && negated.isPresent()) {
            // The rest of the library: checking each talk against the matches costs ten times more.
            return longQuery(c, "SELECT count(*) FROM talk", List.of())
                    - matchCount(c, negated.get(), worthKeeping);
        }
        if (words.isPresent()) {
            return countAfterWords(c, words.get(), filter.withoutWords(), matchCount(c, words.get(), worthKeeping));
        }
        // One condition on a column with its own index: a range of that index (1-2 ms at 100,000 talks), not a
        // scan of the whole narrow index (~10 ms).
        String index = ownIndex(filter).orElse(narrowIndexFor(filter));
        return longQuery(c, "SELECT count(*) FROM " + Schema.talkIndexedBy(index, filter.sql()), filter.params());
    }

    /** The index of its own column when the filter is one condition on such a column (a plan for shapes). */
    private Optional<String> ownIndex(TalkFilter filter) {
        return bounds.shapePlans ? filter.onlyIndexedColumn() : Optional.empty();
    }

    /**
     * The ranking words' matches read whole, in place of their bounded count, when they are not kept and the filter beside
     * them is guessed to keep at least {@link #BROAD_FILTER_SHARE} of the library: with many matches the id-set plan then
     * reads them all anyway, and each read of a word's matches merges its prefix's lists again (no prefix index beyond 2
     * letters: 31 of the 57 ms of reading {@code django or flask}'s 195,356 matches at a million talks). With few matches
     * the walk beside the filter follows, as after the count; the read cost no more than the count's walk up to its bound.
     */
    private Optional<BitSet> matchIdsBesideBroadFilter(Connection c, FullText expression, TalkFilter rest) throws SQLException {
        return readsMatchesBeside(c, expression, rest) ? Optional.of(wordIds(c, expression)) : Optional.empty();
    }

    /** True when {@link #matchIdsBesideBroadFilter} reads the matches whole (so no count of them is needed). */
    private boolean readsMatchesBeside(Connection c, FullText expression, TalkFilter rest) throws SQLException {
        return bounds.shapePlans && rest.selectivity() >= BROAD_FILTER_SHARE && KeptWords.count(c, expression).isEmpty();
    }

    /**
     * How far the word matches beside {@code rest} are counted: only "more than this" chooses a plan beyond it. Beside a
     * speaker term that is {@link #CHECKED_BESIDE_BROAD_FILTER_MAX}, past which its talks are gathered whatever the count
     * ({@code "machine learning"} counted to 9,731 for that took 1.2 ms; to 1,001, 0.2).
     */
    private long countedBeside(TalkFilter rest, long filterFirst) {
        return bounds.shapePlans && gathersSpeakers(rest)
                ? Math.min(CHECKED_BESIDE_BROAD_FILTER_MAX, filterFirst) : filterFirst;
    }

    /**
     * Above this many word matches a ranked search intersects id sets rather than checking each match on the narrow
     * index: {@link #FILTER_FIRST_MIN}, or {@link #FILTER_FIRST_SHARE} of the library's ids when that is fewer.
     */
    private long filterFirst(Connection c) throws SQLException {
        if (Double.isInfinite(bounds.filterFirstShare)) {
            return bounds.filterFirstMin;
        }
        long ids = longQuery(c, "SELECT coalesce(max(id), 0) FROM talk", List.of());
        return Math.min(bounds.filterFirstMin, (long) Math.ceil(bounds.filterFirstShare * ids));
    }

    /**
     * A count of an expression's matches stopped at a bound, and a guess at the whole count: exact below the bound (or
     * when kept), else the count scaled by how far through the ids the counted matches reached (FTS5 lists them in id
     * order). The guess only chooses a plan; every plan it may choose lists the same talks.
     */
    private record BoundedCount(long count, double guess) {
    }

    private static BoundedCount boundedCount(Connection c, FullText expression, long max) throws SQLException {
        OptionalLong kept = KeptWords.count(c, expression);
        if (kept.isPresent()) {
            return new BoundedCount(Math.min(kept.getAsLong(), max), kept.getAsLong());
        }
        Optional<BitSet> partly = KeptWords.readPartly(c, expression, false);
        if (partly.isPresent()) {
            return new BoundedCount(Math.min(partly.get().cardinality(), max), partly.get().cardinality());
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*), coalesce(max(rowid), 0) FROM (SELECT rowid FROM talk_fts WHERE talk_fts MATCH ? LIMIT ?)")) {
            Sql.bind(ps, List.of(expression.fts(), max));
            try (ResultSet rs = ps.executeQuery()) {
                long count = rs.next() ? rs.getLong(1) : 0;
                long reached = count > 0 ? rs.getLong(2) : 0;
                if (count < max || reached <= 0) {
                    return new BoundedCount(count, count);
                }
                long idsUpTo = longQuery(c, "SELECT coalesce(max(id), 0) FROM talk", List.of());
                return new BoundedCount(count, (double) count * Math.max(idsUpTo, reached) / reached);
            }
        }
    }

    /**
     * How many talks match a full-text expression: kept for the few words in much of the library, else counted (a
     * walk of the expression's lists), and a word counted in much of the library is noted to be kept.
     */
    private long matchCount(Connection c, FullText expression, List<String> worthKeeping) throws SQLException {
        OptionalLong kept = KeptWords.count(c, expression);
        if (kept.isPresent()) {
            return kept.getAsLong();
        }
        // Some words kept: the others' matches beside their bitmaps, not a walk of every kept word's list (decision 0050).
        Optional<BitSet> partly = KeptWords.readPartly(c, expression, false);
        long count = partly.isPresent() ? partly.get().cardinality()
                : longQuery(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH ?", List.of(expression.fts()));
        noteWorthKeeping(c, expression, count, worthKeeping);
        return count;
    }

    /** Notes the words of an expression counted in much of the library, to be kept after the search. */
    private void noteWorthKeeping(Connection c, FullText expression, long count, List<String> worthKeeping) throws SQLException {
        // Each word of an "and" matches at least as many talks as the whole: all of them are common enough too.
        if (count >= bounds.keepMinMatches && expression.keptWords().isPresent()
                && KeptWords.worthKeeping(expression, count, longQuery(c, "SELECT count(*) FROM talk", List.of()),
                        bounds.keepMinMatches)) {
            worthKeeping.addAll(expression.keptWords().get());
        }
    }

    /** How many of the {@code matches} talks matching {@code words} also pass {@code rest}. */
    private long countAfterWords(Connection c, FullText words, TalkFilter rest, long matches) throws SQLException {
        if (rest.isAll()) {
            return matches;
        }
        if (matches > bounds.filterFirstMin) {
            filterFirst(c, rest);
            return longQuery(c, """
                    SELECT count(*) FROM talk_fts CROSS JOIN temp.search_filtered f ON f.id = talk_fts.rowid
                     WHERE talk_fts MATCH ?""", List.of(words.fts()));
        }
        return longQuery(c, """
                SELECT count(*) FROM talk_fts CROSS JOIN talk t INDEXED BY talk_facts ON t.id = talk_fts.rowid
                 WHERE talk_fts MATCH ? AND (%s)""".formatted(checkSql(rest, matches)), concat(List.of(words.fts()), rest.params()));
    }

    /**
     * The narrow index to evaluate a filter on, never the wide talk rows: a filter on id lists (tags,
     * playlists, words) checks each listed id in the by-id index; a filter of columns alone scans the by-added
     * index, which holds every filter column. The planner's own choice (one column index, then the talk rows for
     * the other conditions) was measured up to ten times slower at 100,000 talks.
     */
    static String narrowIndexFor(TalkFilter filter) {
        return filter.reads() == TalkFilter.Reads.NARROW_COLUMNS ? "talk_filter_by_added" : "talk_facts";
    }

    private static List<TalkId> idQuery(Connection c, String sql, List<?> params) throws SQLException {
        List<TalkId> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(TalkId.of(rs.getLong(1)));
                }
            }
        }
        return ids;
    }

    private static long longQuery(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    @SafeVarargs
    static List<Object> concat(List<?>... lists) {
        List<Object> all = new ArrayList<>();
        Arrays.stream(lists).forEach(all::addAll);
        return all;
    }

    /** "ASC"/"DESC": the natural direction of a key, flipped when the request asks for the reverse. */
    private static String dir(SearchRequest r, boolean naturalDescending) {
        return naturalDescending ^ r.reversed() ? "DESC" : "ASC";
    }
}
