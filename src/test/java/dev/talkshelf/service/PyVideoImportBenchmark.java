package dev.talkshelf.service;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.formats.PyVideoReadBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The whole "PyVideo data set in 5 s" goal, end to end: a 21,700-talk, 541-event tree imported into a new
 * library (detection, parsing, topic suggestion, duplicate checks, inserts, search index), one fresh library
 * per run. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.talkshelf.service.PyVideoImportBenchmark [sampleDir]};
 * {@code -Dtree=DIR} keeps the generated tree in DIR (and reuses it when DIR exists), {@code -Druns=N} sets the runs.
 */
public final class PyVideoImportBenchmark {
    private PyVideoImportBenchmark() {
    }

    /** Lets the OS write the new tree out first, so the first run does not compete with that disk work. */
    private static void settle() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            // no sync command (not Linux/macOS): a pause will do
        }
        Thread.sleep(2000);
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "../shared/pyvideo-sample");
        String given = System.getProperty("tree");
        Path tree;
        if (given != null && Files.isDirectory(Path.of(given))) {
            tree = Path.of(given); // reuse a tree written before
        } else {
            tree = given != null ? Files.createDirectories(Path.of(given)) : Files.createTempDirectory("pyvideo-tree");
            PyVideoReadBenchmark.writeTree(sample, tree);
            settle();
        }
        Path dir = Files.createTempDirectory("pyvideo-import");
        int runs = Integer.getInteger("runs", 3);
        for (int run = 1; run <= runs; run++) {
            try (Services s = Library.open(dir.resolve("run" + run + ".db"), Clock.systemUTC())) {
                long start = System.nanoTime();
                // Exactly what `talkshelf import TREE` does: reading (on its own thread) overlaps storing.
                ImportSummary summary = s.imports().importPaths(List.of(tree), null, false, ImportContext.Progress.SILENT);
                long end = System.nanoTime();
                System.out.printf("run %d: %s in %d ms%n", run, summary.describe(), (end - start) / 1_000_000);
            }
        }
    }
}
