package dev.talkshelf.service;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.formats.PyVideoReadBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Importing a PyVideo-shaped tree, end to end: by default the data set's size (21,700 talks in 541 events),
 * {@code -Dtalks=N} for another size (108,575 is the data set five times over, as issue #14 measured it; each
 * copy of a talk has its own title number and video id, so none is a duplicate). One fresh library per run.
 * <p>
 * In this JVM (default): through {@code ImportService.importPaths} exactly as {@code talkshelf import} does.
 * With {@code -Djar=target/talkshelf.jar}: as a user runs it, {@code java [-Djvm options] -jar JAR --library F import
 * TREE} in a new JVM per run, reporting its wall time, its peak resident memory (VmHWM, through
 * {@code /usr/bin/time} when there is one) and the library file's size; {@code -Djvm="-Xmx384m ..."} passes JVM options
 * to that child. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.talkshelf.service.PyVideoImportBenchmark [sampleDir]};
 * {@code -Dtree=DIR} keeps the generated tree in DIR (and reuses it when DIR exists), {@code -Druns=N} sets the runs.
 * {@code -Dshape=generated} writes {@link GeneratedPyVideoTree}'s talks instead of the sample repeated: the data set's
 * variety of speakers, events and words ({@code -Dseed=S}, default 1); {@code -Dcopies=5} writes a fifth of the talks
 * five times over, each copy with its own links (the data set five times over, as issue #14 measured it).
 */
public final class PyVideoImportBenchmark {
    private PyVideoImportBenchmark() {
    }

    /** Lets the OS write the new tree out first, so the first run does not compete with that disk work. */
    private static void settle() throws InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync command (not Linux/macOS): a pause will do
        }
        Thread.sleep(2000);
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "../shared/pyvideo-sample");
        int talks = Integer.getInteger("talks", 21_700);
        String given = System.getProperty("tree");
        Path tree;
        if (given != null && Files.isDirectory(Path.of(given))) {
            tree = Path.of(given); // reuse a tree written before
        } else {
            tree = given != null ? Files.createDirectories(Path.of(given)) : Files.createTempDirectory("pyvideo-tree");
            if ("generated".equals(System.getProperty("shape"))) {
                GeneratedPyVideoTree.write(tree, talks, Long.getLong("seed", 1), Integer.getInteger("copies", 1));
            } else {
                PyVideoReadBenchmark.writeTree(sample, tree, talks);
            }
            settle();
        }
        Path dir = Files.createTempDirectory("pyvideo-import");
        int runs = Integer.getInteger("runs", 3);
        String jar = System.getProperty("jar");
        for (int run = 1; run <= runs; run++) {
            Path library = dir.resolve("run" + run + ".db");
            if (jar != null) {
                runJar(run, Path.of(jar), library, tree);
                continue;
            }
            try (Services s = Library.open(library, Clock.systemUTC())) {
                long start = System.nanoTime();
                // Exactly what `talkshelf import TREE` does: reading (on its own thread) overlaps storing.
                ImportSummary summary = s.imports().importPaths(List.of(tree), null, false, ImportContext.Progress.SILENT);
                long end = System.nanoTime();
                System.out.printf("run %d: %s in %d ms%n", run, summary.describe(), (end - start) / 1_000_000);
            }
        }
    }

    /** One {@code java -jar JAR import TREE} in a new JVM: wall time, peak RSS, file size. */
    private static void runJar(int run, Path jar, Path library, Path tree) throws IOException, InterruptedException {
        Path timeOut = Files.createTempFile("import-time", ".txt");
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            command.addAll(List.of("/usr/bin/time", "-f", "%M %e %U %S", "-o", timeOut.toString()));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvm = System.getProperty("jvm", "").strip();
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--library", library.toString(), "import", tree.toString()));
        Path log = Files.createTempFile("import-out", ".txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        String out = Files.readString(log, StandardCharsets.UTF_8).strip();
        String lastLine = out.isEmpty() ? "" : out.substring(out.lastIndexOf('\n') + 1);
        String rss = "?";
        String cpu = "";
        if (timed) {
            String[] f = Files.readString(timeOut).strip().split("\\s+");
            rss = String.format("%.0f MB", Long.parseLong(f[0]) / 1024.0);
            cpu = String.format(", cpu %.1f s user + %.1f s sys", Double.parseDouble(f[2]), Double.parseDouble(f[3]));
        }
        long size = Files.exists(library) ? Files.size(library) : 0;
        System.out.printf("run %d: exit %d, %d ms, peak RSS %s%s, library %.0f MB (%s)%n", run, exit, ms, rss, cpu,
                size / 1e6, lastLine);
        Files.deleteIfExists(timeOut);
        Files.deleteIfExists(log);
    }
}
