package dev.talkshelf.service;

import dev.talkshelf.model.Facets;
import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.SortKey;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times searches the way the window runs them (issue #14, docs/performance.md): each query is read, planned and
 * its first page of {@value #PAGE} talks loaded as {@code Talk} objects through {@link SearchService#search}, as
 * the talk list's view model does, with the page's moments when the query looks into what was said (issue #16); then facet counts (the first call of this process, then warm) and every
 * playlist's progress (the sidebar's list). Each case runs a few times to warm up, then N timed times.
 */
public final class BenchService {
    /** The window's page size (PagedRows.PAGE_SIZE). */
    public static final int PAGE = 200;
    public static final int WARM_UP_RUNS = 3;
    public static final int MAX_RUNS = 10_000;

    private final SearchService search;
    private final PlaylistService playlists;

    public BenchService(SearchService search, PlaylistService playlists) {
        this.search = search;
        this.playlists = playlists;
    }

    /**
     * A query to time, in an order (null: the search's own default, relevance with words, else newest); with
     * {@code wordsSaid}, its plain words also match what was said (the search bar's transcript switch, {@code --said}).
     */
    public record Case(String query, SortKey sort, boolean wordsSaid) {
        public Case {
            query = query == null ? "" : query;
        }

        public Case(String query, SortKey sort) {
            this(query, sort, false);
        }

        /** How the case is named in the output: the query, and the order when one is given. */
        public String label() {
            String said = wordsSaid ? " [--said]" : "";
            return sort == null ? query + said
                    : (query.isEmpty() ? "(blank)" : query) + " [sort " + sort.name().toLowerCase(Locale.ROOT).replace('_', '-') + "]" + said;
        }
    }

    /** Moments the window and {@code search --json} show per talk. */
    public static final int MOMENTS_PER_TALK = 3;

    /**
     * Milliseconds of wall-clock time over the timed runs, the same runs' CPU time on the calling thread (SQLite
     * runs there, so on a busy machine it shows the work without the waiting for a core), the page's row count
     * and the total. {@code error} is null unless the case could not run (then the times are NaN): a search past
     * its time limit, for one.
     */
    public record Timing(String query, double p50Ms, double p95Ms, double maxMs, double cpuP50Ms, double cpuP95Ms,
                         long rows, long total, String error) {
        static Timing failed(String query, String error) {
            return new Timing(query, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, error);
        }
    }

    /** Hears each result as it is measured, so a long run shows progress. */
    public interface Listener {
        Listener NONE = t -> { };

        void measured(Timing timing);
    }

    /**
     * The built-in mix: common, rare and prefix words, phrases, every field of the search language, boolean
     * combinations with fields, and sorts. It names the words {@link GeneratedTalks} makes (metaclasses is rare
     * there), and the smart playlist it creates; on another library those cases simply find what they find.
     */
    public static List<Case> builtInMix() {
        List<Case> mix = new ArrayList<>();
        for (String q : List.of(
                "",                                            // the whole library, newest first
                "python",                                      // a common word
                "python data",                                 // two common words
                "metaclasses",                                 // a rare word
                "metacl",                                      // a prefix of a rare word
                "py",                                          // a short prefix of a common word
                "c",                                           // one letter: a whole word (decision 0044)
                "python metaclasses",                          // a common word beside a rare one (decision 0045)
                "python asyncio",                              // ... beside a rarer one in thousands of talks (decision 0046)
                "python web framework",                        // ... beside two rarer ones
                "python asyncio status:unwatched",             // ... and a field
                "python web year:2019",                        // ... beside a rarer one in many talks and a field (0081)
                "python \"machine learning\" speaker:a",       // ... beside a phrase in many talks and a speaker's initial
                "how asyncio",                                 // a word in a fifth to a half of the talks beside a rarer one (0082)
                "how web year:2019",                           // ... beside a rarer one in many talks and a field
                "\"machine learning\"",                        // a phrase
                "\"machine learning\" speaker:a",              // a phrase plus a one-letter speaker prefix
                "title:async",
                "speaker:\"Łukasz Langa\"",
                "python speaker:a",                            // a word beside a speaker's initial (decision 0043)
                "event:europython",
                "tag:python",                                  // a topic with a large subtree
                "tag:=python/typing",
                "year:2015..2019",
                "status:in-progress",
                "duration:<15m",
                "rating:>=4",
                "playlist:\"Best rated\"",
                "added:<30d",
                "has:notes",
                "python -django",
                "django or flask",
                "(django or flask) status:unwatched",
                "python or rust not status:watched",           // words with or/not plus status:
                "python duration:20m..45m year:2018..2022",    // a word plus duration: and a year range
                "python year:2020 status:unwatched",
                "tag:python rating:>=4 has:media",
                "-python")) {
            mix.add(new Case(q, null));
        }
        mix.add(new Case("", SortKey.TITLE));
        mix.add(new Case("python", SortKey.DURATION));
        mix.add(new Case("python", SortKey.ADDED));
        mix.add(new Case("tag:python", SortKey.YEAR));
        // What was said (GeneratedTranscripts): each timed with the moments of its first page.
        for (String q : List.of(
                "said:python",                                 // said in nearly every transcript, many times
                "said:interpreter",                            // said in about half the transcripts
                "said:metaclasses",                            // said in one transcript in a hundred
                "said:\"machine learning\"",                   // a phrase
                "said:gil tag:python",                         // said: beside a topic
                "said:memory -said:python",                    // said and not said
                "said:asyncio or said:trio")) {                // either said
            mix.add(new Case(q, null));
        }
        mix.add(new Case("garbage collection", null, true));   // plain words in the talks' text or what was said
        mix.add(new Case("python", null, true));
        return List.copyOf(mix);
    }

    /**
     * The queries of a file, one per line; blank lines and lines starting with {@code #} are skipped. Every query
     * is read first: a file with a query that cannot be read is refused whole, naming the first one as
     * {@code FILE:LINE:COLUMN: problem}, so a typo never yields a half-measured table.
     */
    public List<Case> readQueries(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file");
        } catch (MalformedInputException e) {
            throw new UserInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String query = line.strip();
            if (query.isEmpty() || query.startsWith("#")) {
                continue;
            }
            try {
                search.check(query);
            } catch (InvalidQueryException e) {
                int column = e.column() + leadingSpaces(line);
                throw new UserInputException(file + ":" + (i + 1) + ":" + column + ": "
                        + e.getMessage().replaceFirst(" at column \\d+", ""));
            }
            cases.add(new Case(query, null));
        }
        if (cases.isEmpty()) {
            throw new UserInputException(file + ": no queries in the file (blank lines and # comments are skipped)");
        }
        return List.copyOf(cases);
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
        }
        return n;
    }

    /**
     * Times the facets (whole library: the first call, then warm; within a common word and a filter: warm), each
     * case, and the playlists' progress, in that order, telling {@code listener} each result as it comes.
     */
    public List<Timing> run(List<Case> cases, int runs, Listener listener) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new UserInputException("--runs must be between 1 and " + MAX_RUNS);
        }
        List<Timing> all = new ArrayList<>();
        // First, before anything else touched the facet index: what the window's sidebar waits for at launch.
        add(all, listener, measure("facets: whole library, first call", 0, 1, () -> facetsResult("")));
        add(all, listener, measure("facets: whole library, warm", WARM_UP_RUNS, runs, () -> facetsResult("")));
        add(all, listener, measure("facets: within python, warm", WARM_UP_RUNS, runs, () -> facetsResult("python")));
        add(all, listener, measure("facets: within year:2019 status:unwatched, warm", WARM_UP_RUNS, runs,
                () -> facetsResult("year:2019 status:unwatched")));
        // Passes over every case before any is timed, so the first case does not carry the JIT's warm-up of the
        // search path alone (a said: query first in the file measured 60-85 ms at p95 after its own 3 warm-ups, 14 ms
        // later in the same run).
        for (int pass = 0; pass < WARM_UP_RUNS; pass++) {
            for (Case c : cases) {
                measure(c.label(), 0, 1, () -> firstPage(c)); // a case that fails says so when it is timed below
            }
        }
        // The words those searches asked to keep are kept after them, on a thread of their own (decision 0083): timed
        // from here, the cases find them kept, as the window's next searches do, and nothing is written beside them.
        try {
            search.awaitKeeping();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserInputException("the benchmark was interrupted");
        }
        for (Case c : cases) {
            add(all, listener, measure(c.label(), WARM_UP_RUNS, runs, () -> firstPage(c)));
        }
        add(all, listener, measure("playlists: progress of every playlist", WARM_UP_RUNS, runs, () -> {
            List<PlaylistSummary> list = playlists.list();
            long talks = list.stream().filter(p -> !p.isBroken()).mapToLong(PlaylistSummary::total).sum();
            return new long[] {list.size(), talks};
        }));
        return List.copyOf(all);
    }

    /** A case's first page as the window and search --json show it, with the moments of its talks (none without said). */
    private long[] firstPage(Case c) {
        SortKey sort = c.sort() == null ? SortKey.RELEVANCE : c.sort();
        SearchPage page = search.search(c.query(), c.wordsSaid(), sort, false, 0, PAGE);
        search.moments(c.query(), c.wordsSaid(), page.talks().stream().map(dev.talkshelf.model.Talk::id).toList(),
                MOMENTS_PER_TALK);
        return new long[] {page.talks().size(), page.total()};
    }

    private static void add(List<Timing> all, Listener listener, Timing t) {
        all.add(t);
        listener.measured(t);
    }

    /** Rows: how many top topics, speakers, events, years and statuses the counts list; total: the talks counted. */
    private long[] facetsResult(String query) {
        Facets f = search.facets(query);
        return new long[] {f.topics().size() + f.speakers().size() + f.events().size() + f.years().size() + f.statuses().size(), f.total()};
    }

    /** Runs {@code work} warm-up times untimed, then {@code runs} times timed; work returns {rows, total}. */
    public static Timing measure(String label, int warmUps, int runs, Supplier<long[]> work) {
        try {
            long[] result = null;
            for (int i = 0; i < warmUps; i++) {
                result = work.get();
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] ms = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                result = work.get();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            return new Timing(label, percentile(ms, 50), percentile(ms, 95), ms[runs - 1], percentile(cpu, 50),
                    percentile(cpu, 95), result[0], result[1], null);
        } catch (UserInputException e) {
            return Timing.failed(label, e.getMessage());
        }
    }

    /** The nearest-rank percentile of sorted values: the smallest value at least p % of the values do not exceed. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
