package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many real TalkShelf processes logging at once into one data folder: one file, whole lines, a cap that holds. */
class SharedLogFileTest {
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d INFO \\[pid \\d+\\] logtest: p=(\\d+) i=(\\d+) (x+)");

    @TempDir
    Path dir;

    /** The line process {@code p} writes as its {@code i}th; lengths differ so torn writes cannot line up by chance. */
    static String line(int p, int i) {
        return "p=" + p + " i=" + i + " " + "x".repeat(40 + (p * 7 + i) % 90);
    }

    @Test
    void fortyProcessesAtOnceShareOneLogAndKeepEveryLineWhole() throws Exception {
        int processes = 40;
        int lines = 200;
        long started = System.nanoTime();

        runConcurrently(processes, lines, 100_000_000);

        System.out.printf("%d processes x %d lines into one log: %d ms%n", processes, lines,
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(Set.of("talkshelf.log", "talkshelf.log.lock"), filesIn(dir.resolve("data")));
        Map<Integer, List<Integer>> seen = readWholeLines(dir.resolve("data/talkshelf.log"));
        assertEquals(processes, seen.size());
        for (int p = 0; p < processes; p++) {
            assertEquals(range(0, lines), seen.get(p), "process " + p + " wrote lines 0.." + (lines - 1) + " in order");
        }
    }

    @Test
    void underASmallCapTheLogRotatesIntoOneOlderFileAndLosesNoLineInTheMiddle() throws Exception {
        int processes = 8;
        int lines = 600;
        long cap = 32_000;

        runConcurrently(processes, lines, cap);

        Path data = dir.resolve("data");
        assertEquals(Set.of("talkshelf.log", "talkshelf.log.1", "talkshelf.log.lock"), filesIn(data));
        assertTrue(Files.size(data.resolve("talkshelf.log")) <= cap, "log within the cap");
        assertTrue(Files.size(data.resolve("talkshelf.log.1")) <= cap, "older log within the cap");
        Map<Integer, List<Integer>> seen = readWholeLines(data.resolve("talkshelf.log.1"));
        readWholeLines(data.resolve("talkshelf.log")).forEach((p, is) -> seen.computeIfAbsent(p, k -> new ArrayList<>()).addAll(is));
        for (Map.Entry<Integer, List<Integer>> e : seen.entrySet()) {
            List<Integer> kept = e.getValue();
            // Rotation drops the oldest whole file: what is left of each process is its last lines, without a gap.
            assertEquals(range(kept.get(0), lines), kept, "process " + e.getKey() + " kept a gapless tail");
        }
        assertTrue(seen.values().stream().mapToInt(List::size).sum() < processes * lines, "the cap did drop old lines");
    }

    @Test
    void threadsOfOneProcessShareTheLogToo() throws Exception {
        Path log = dir.resolve("talkshelf.log");
        SharedLogFile handler = new SharedLogFile(log, 100_000_000);
        handler.setFormatter(new Logging.LineFormatter(ProcessHandle.current().pid()));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int p = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    LogRecord r = new LogRecord(Level.INFO, line(p, i));
                    r.setLoggerName("logtest");
                    handler.publish(r);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        Map<Integer, List<Integer>> seen = readWholeLines(log);
        for (int p = 0; p < 8; p++) {
            assertEquals(range(0, 500), seen.get(p));
        }
    }

    @Test
    void leftoversOfTheOldNumberedFilesAreRemovedOnTheFirstRecord() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String old : List.of("talkshelf.log.0", "talkshelf.log.0.1", "talkshelf.log.0.39", "talkshelf.log.0.lck",
                "talkshelf.log.0.12.lck", "talkshelf.log.lck")) {
            Files.writeString(data.resolve(old), "old");
        }
        Files.writeString(data.resolve("talkshelf.log.backup-by-hand"), "mine");
        SharedLogFile handler = new SharedLogFile(data.resolve("talkshelf.log"), 1_000_000);
        handler.setFormatter(new Logging.LineFormatter(1));

        handler.publish(new LogRecord(Level.INFO, "hello"));

        assertEquals(Set.of("talkshelf.log", "talkshelf.log.lock", "talkshelf.log.backup-by-hand"), filesIn(data));
    }

    @Test
    void aLogThatCannotBeWrittenStaysSilent() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        SharedLogFile handler = new SharedLogFile(notAFolder.resolve("talkshelf.log"), 1_000_000);
        handler.setFormatter(new Logging.LineFormatter(1));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            handler.publish(new LogRecord(Level.WARNING, "lost"));
        } finally {
            System.setErr(before);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    private void runConcurrently(int processes, int lines, long cap) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path signals = Files.createDirectories(data.resolve("signals"));
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Path.of(Logging.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator
                + Path.of(LogWriterProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Process> children = new ArrayList<>();
        try {
            for (int p = 0; p < processes; p++) {
                children.add(new ProcessBuilder(javaCommand, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Xmx32m", "-cp", classpath, LogWriterProcess.class.getName(),
                        data.resolve("talkshelf.log").toString(), Integer.toString(p), Integer.toString(lines),
                        Long.toString(cap))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (countReady(signals) < processes) {
                assertTrue(System.nanoTime() < deadline, "children did not start");
                assertTrue(children.stream().allMatch(Process::isAlive), "a child died before writing");
                Thread.sleep(20);
            }
            Files.createFile(signals.resolve("go"));
            for (Process child : children) {
                assertTrue(child.waitFor(3, TimeUnit.MINUTES), "a child did not finish");
                assertEquals(0, child.exitValue());
            }
        } finally {
            children.forEach(Process::destroyForcibly);
            try (Stream<Path> s = Files.list(signals)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(signals);
        }
    }

    private static long countReady(Path signals) throws IOException {
        try (Stream<Path> s = Files.list(signals)) {
            return s.filter(p -> p.getFileName().toString().startsWith("ready-")).count();
        }
    }

    private static Set<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Each process's line numbers in file order; fails on any line that is not exactly one whole record. */
    private static Map<Integer, List<Integer>> readWholeLines(Path log) throws IOException {
        Map<Integer, List<Integer>> seen = new HashMap<>();
        Set<String> distinct = new HashSet<>();
        for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = WHOLE_LINE.matcher(text);
            assertTrue(m.matches(), "a torn or mixed line: " + text);
            int p = Integer.parseInt(m.group(1));
            int i = Integer.parseInt(m.group(2));
            assertEquals(line(p, i), "p=" + p + " i=" + i + " " + m.group(3), "line with its own payload");
            assertTrue(distinct.add(p + ":" + i), "written once: " + text);
            seen.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
        }
        return seen;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i < to; i++) {
            r.add(i);
        }
        return r;
    }
}
