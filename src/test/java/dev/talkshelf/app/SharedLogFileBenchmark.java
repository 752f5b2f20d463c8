package dev.talkshelf.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * What the shared log costs: setting it up (on every start) and one record (open, lock, append, close).
 * Run: {@code java -cp target/classes:target/test-classes dev.talkshelf.app.SharedLogFileBenchmark}
 */
public final class SharedLogFileBenchmark {
    private SharedLogFileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("log-bench");
        long t0 = System.nanoTime();
        Logging.toFile(dir.resolve("talkshelf.log"));
        System.out.printf("Logging.toFile: %.2f ms (no file touched)%n", (System.nanoTime() - t0) / 1e6);
        SharedLogFile handler = new SharedLogFile(dir.resolve("bench.log"), Logging.MAX_BYTES);
        handler.setFormatter(new Logging.LineFormatter(1));
        for (int round = 0; round < 3; round++) {
            int n = 5000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                LogRecord r = new LogRecord(Level.INFO, "record " + i + " of a benchmark, about as long as a usual entry");
                r.setLoggerName("bench");
                handler.publish(r);
            }
            System.out.printf("round %d: %d records, %.3f ms per record (rotations included)%n", round, n,
                    (System.nanoTime() - start) / 1e6 / n);
        }
    }
}
