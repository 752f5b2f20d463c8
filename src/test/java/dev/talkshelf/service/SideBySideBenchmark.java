package dev.talkshelf.service;

import dev.talkshelf.app.Library;
import dev.talkshelf.model.SortKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * TalkShelf's search against hand-written SQL on the same library file, side by side in one run (issue #14): for
 * each block of {@code hand-written-search.sql}, the TalkShelf query it names through {@link SearchService#search}
 * (first page of 200 talks, as the window) and the block's statements through a plain JDBC connection on the same
 * SQLite (prepared afresh each run, as the {@code sqlite3} shell would; every column of every row read). The two
 * alternate run by run, so load hits both alike. Prints p50/p95 of each and the ratio, and both totals, which must
 * agree for the comparison to mean anything; and the CPU time of each on the calling thread (p50), where both run
 * their SQLite work, so that the ratio still means something on a busy machine.
 *
 * <p>The {@code sqlite3} shell installed here (3.40) cannot open the library: its search index uses
 * {@code contentless_delete}, which needs SQLite 3.43. Hence the driver's own SQLite, which is also the fairer
 * comparison: the same engine with and without TalkShelf.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.talkshelf.service.SideBySideBenchmark LIBRARY [RUNS]</pre>
 */
public final class SideBySideBenchmark {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String[]> blocks = blocks();
        System.out.printf(Locale.ROOT, "%s, %d runs after 3 warm-up runs, load average %.2f%n", file, runs, load());
        System.out.printf(Locale.ROOT, "%-44s %10s %8s %8s %8s %8s %7s %8s %8s %7s %10s%n", "query", "total", "ts p50",
                "ts p95", "sql p50", "sql p95", "p50 ×", "ts cpu", "sql cpu", "cpu ×", "sql total");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (Services s = Library.open(file, Clock.systemUTC());
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String[] block : blocks) {
                String query = block[0];
                List<String> statements = statements(block[1]);
                double[] ts = new double[runs];
                double[] sql = new double[runs];
                double[] tsCpu = new double[runs];
                double[] sqlCpu = new double[runs];
                long tsTotal = 0;
                long sqlTotal = 0;
                for (int i = -3; i < runs; i++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    try {
                        tsTotal = s.search().search(query, SortKey.RELEVANCE, false, 0, BenchService.PAGE).total();
                    } catch (SearchTimeoutException e) {
                        tsTotal = -1; // past TalkShelf's 1 s limit: the row says so
                    }
                    long c1 = threads.getCurrentThreadCpuTime();
                    long t1 = System.nanoTime();
                    sqlTotal = runSql(c, statements);
                    long t2 = System.nanoTime();
                    long c2 = threads.getCurrentThreadCpuTime();
                    if (i >= 0) {
                        ts[i] = (t1 - t0) / 1e6;
                        sql[i] = (t2 - t1) / 1e6;
                        tsCpu[i] = (c1 - c0) / 1e6;
                        sqlCpu[i] = (c2 - c1) / 1e6;
                    }
                }
                Arrays.sort(ts);
                Arrays.sort(sql);
                Arrays.sort(tsCpu);
                Arrays.sort(sqlCpu);
                double tp50 = BenchService.percentile(ts, 50);
                double sp50 = BenchService.percentile(sql, 50);
                double tc50 = BenchService.percentile(tsCpu, 50);
                double sc50 = BenchService.percentile(sqlCpu, 50);
                System.out.printf(Locale.ROOT, "%-44s %,10d %8.1f %8.1f %8.1f %8.1f %7.2f %8.1f %8.1f %7.2f %,10d%s%n",
                        query.isEmpty() ? "(blank)" : query, tsTotal, tp50, BenchService.percentile(ts, 95), sp50,
                        BenchService.percentile(sql, 95), tp50 / sp50, tc50, sc50, tc50 / sc50, sqlTotal,
                        tsTotal == sqlTotal ? "" : tsTotal < 0 ? "  (TalkShelf past its 1 s limit at least once)" : "  (totals differ)");
            }
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.2f%n", load());
    }

    /** Runs the block's statements, reading every column of every row; returns the last statement's first value. */
    private static long runSql(Connection c, List<String> statements) throws SQLException {
        long last = 0;
        for (String sql : statements) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int k = 1; k <= columns; k++) {
                        rs.getObject(k);
                    }
                    last = rs.getLong(1);
                }
            }
        }
        return last;
    }

    private static List<String[]> blocks() throws IOException {
        String text;
        try (InputStream in = SideBySideBenchmark.class.getResourceAsStream("hand-written-search.sql")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> blocks = new ArrayList<>();
        String[] parts = text.split("(?m)^-- query: ");
        for (int i = 1; i < parts.length; i++) {
            int eol = parts[i].indexOf('\n');
            blocks.add(new String[] {parts[i].substring(0, eol).strip(), parts[i].substring(eol + 1)});
        }
        return blocks;
    }

    private static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        for (String s : sql.split("(?m);\\s*$")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private SideBySideBenchmark() {
    }
}
