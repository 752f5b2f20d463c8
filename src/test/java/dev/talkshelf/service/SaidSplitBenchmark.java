package dev.talkshelf.service;

import dev.talkshelf.app.Library;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Where a {@code said:} query's time goes, as {@code bench} runs it: the page of 200 talks ({@code search}), then their
 * moments (3 each), each part's CPU on this thread, p50 and p95 over the runs. Run it with
 * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} to have the moments' second thread's work counted
 * here too: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.talkshelf.service.SaidSplitBenchmark LIBRARY RUNS QUERY...}. Reads the library only.
 */
public final class SaidSplitBenchmark {
    private SaidSplitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (var services = Library.open(Path.of(args[0]), Clock.systemUTC())) {
            SearchService search = services.search();
            System.out.printf("%-30s %12s %12s %12s%n", "query (cpu ms p50 / p95)", "search", "moments", "wall");
            for (String query : Arrays.asList(args).subList(2, args.length)) {
                double[] found = new double[runs];
                double[] moments = new double[runs];
                double[] wall = new double[runs];
                for (int i = -3; i < runs; i++) {
                    long w0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    List<TalkId> page = search.search(query, false, SortKey.RELEVANCE, false, 0, 200).talks().stream()
                            .map(t -> t.id()).toList();
                    long c1 = threads.getCurrentThreadCpuTime();
                    search.moments(query, false, page, 3);
                    long c2 = threads.getCurrentThreadCpuTime();
                    if (i >= 0) {
                        found[i] = (c1 - c0) / 1e6;
                        moments[i] = (c2 - c1) / 1e6;
                        wall[i] = (System.nanoTime() - w0) / 1e6;
                    }
                }
                System.out.printf("%-30s %12s %12s %12s%n", query, pair(found), pair(moments), pair(wall));
            }
            System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String pair(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return "%.1f / %.1f".formatted(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
    }
}
