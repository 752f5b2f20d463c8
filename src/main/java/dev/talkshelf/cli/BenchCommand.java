package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.service.BenchService.Case;
import dev.talkshelf.service.BenchService.Timing;
import dev.talkshelf.service.BenchService;
import dev.talkshelf.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bench [--queries FILE] [--runs N] [--json]}: how fast searches, facets and playlists are on this library. */
@Command(name = "bench", description = {"Time searches as the window runs them (first page of 200 talks), facet counts and "
        + "playlist progress on the library; p50/p95/max in milliseconds after a warm-up.",
        "Without --queries, a built-in mix of every query kind. The table adds the CPU time of the searching thread "
        + "(the work without waiting for a core on a busy machine). See docs/performance.md."})
final class BenchCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "One query per line (blank lines and # comments skipped); a query that cannot be read refuses the file.")
    Path queries;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs per query after " + BenchService.WARM_UP_RUNS + " warm-up runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print [{\"query\",\"p50_ms\",\"p95_ms\",\"max_ms\",\"rows\",\"total\"}].")
    boolean json;

    @Override
    public void run() {
        if (runs < 1 || runs > BenchService.MAX_RUNS) {
            throw new dev.talkshelf.service.UserInputException("--runs must be between 1 and " + BenchService.MAX_RUNS);
        }
        Services services = root.services();
        BenchService bench = new BenchService(services.search(), services.playlists());
        List<Case> cases = queries == null ? BenchService.builtInMix() : bench.readQueries(queries);
        PrintWriter out = root.out();
        if (json) {
            List<Timing> timings = bench.run(cases, runs, BenchService.Listener.NONE);
            ArrayNode array = Json.MAPPER.createArrayNode();
            for (Timing t : timings) {
                ObjectNode o = array.addObject();
                o.put("query", t.query());
                number(o, "p50_ms", t.p50Ms());
                number(o, "p95_ms", t.p95Ms());
                number(o, "max_ms", t.maxMs());
                o.put("rows", t.rows());
                o.put("total", t.total());
                if (t.error() != null) {
                    o.put("error", t.error());
                }
            }
            Json.print(out, array);
            return;
        }
        out.printf(Locale.ROOT, "library %s: %,d talks, %s; %d runs after %d warm-up runs; load average %s%n",
                services.libraryFile(), services.library().count(), size(services.libraryFile()), runs,
                BenchService.WARM_UP_RUNS, load());
        out.printf(Locale.ROOT, "%-52s %9s %9s %9s %8s %8s %6s %10s%n", "query", "p50 ms", "p95 ms", "max ms", "cpu p50",
                "cpu p95", "rows", "total");
        out.flush();
        bench.run(cases, runs, t -> {
            String label = t.query().isEmpty() ? "(blank)" : t.query();
            if (t.error() != null) {
                out.printf(Locale.ROOT, "%-52s %s%n", label, "not run: " + t.error());
            } else {
                out.printf(Locale.ROOT, "%-52s %9.1f %9.1f %9.1f %8.1f %8.1f %6d %,10d%n", label, t.p50Ms(), t.p95Ms(),
                        t.maxMs(), t.cpuP50Ms(), t.cpuP95Ms(), t.rows(), t.total());
            }
            out.flush();
        });
        out.printf(Locale.ROOT, "load average at the end: %s%n", load());
        out.flush();
    }

    private static void number(ObjectNode o, String name, double ms) {
        if (Double.isNaN(ms)) {
            o.putNull(name);
        } else {
            o.put(name, Math.round(ms * 100) / 100.0);
        }
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            for (String wal : List.of("-wal")) {
                Path side = file.resolveSibling(file.getFileName() + wal);
                if (Files.exists(side)) {
                    bytes += Files.size(side);
                }
            }
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }
}
