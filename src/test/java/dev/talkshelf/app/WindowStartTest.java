package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's start as users get it: {@link Main} with no arguments in a process of its own (headless Monocle, as the
 * UI tests), on a real library file, read back from its log.
 */
class WindowStartTest {
    private static final List<String> HEADLESS = List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
            "headless.geometry", "java.awt.headless");

    @TempDir
    Path dir;

    @Test
    void theWindowShowsTheFirstPageOfAnOpenLibraryWithoutAnOpeningScreen() throws Exception {
        Path library = dir.resolve("talks.db");
        Process child = window(library, "1000");
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the window quit after its first rows");

        String log = log();
        Matcher rows = Pattern.compile("first rows laid out [\\d,]+ ms after launch \\((\\d+) talks\\)").matcher(log);
        assertTrue(rows.find(), log + Files.readString(dir.resolve("out.txt")));
        assertEquals("0", rows.group(1), "a new library chosen by the user starts empty");
        Matcher start = Pattern.compile("start: (.*) \\(ms after launch\\)").matcher(log);
        assertTrue(start.find(), log);
        List<String> steps = steps(start.group(1));
        // The library opens while the toolkit starts. When it is open by the time the toolkit is ready or within the
        // grace the toolkit then waits for it (as it is but on a machine so loaded that the toolkit wins the race by
        // more: load 34 once), the main window is built before the stage first shows; otherwise the opening screen
        // shows first and the library is handed over when it is ready.
        if (steps.contains("library ready")) {
            assertTrue(steps.indexOf("window built") < steps.indexOf("window shown"), start.group(1));
        } else {
            assertTrue(steps.indexOf("waiting for the first page") < steps.indexOf("first page fetched"), start.group(1));
            assertTrue(steps.indexOf("window shown") < steps.indexOf("library handed over"), start.group(1));
            assertTrue(steps.indexOf("library handed over") < steps.indexOf("window built"), start.group(1));
        }
        assertTrue(steps.indexOf("window shown") < steps.indexOf("first rows"), start.group(1));
        // The sidebar and the details join after the first rows, and the timeline waits for them.
        assertTrue(steps.indexOf("first rows") < steps.indexOf("whole window"), start.group(1));
        assertEquals(0, child.exitValue());
    }

    @Test
    void aLibraryWithTalksShowsItsFirstRowsInAFirstFrameAndThenTheWholeWindow() throws Exception {
        Path library = dir.resolve("talks.db");
        try (var services = Library.open(library, java.time.Clock.systemUTC())) {
            SampleLibrary.importInto(services);
        }
        Process child = window(library, "1000");
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the window quit after its first rows");

        String log = log();
        Matcher rows = Pattern.compile("first rows laid out [\\d,]+ ms after launch \\((\\d+) talks\\)").matcher(log);
        assertTrue(rows.find(), log + Files.readString(dir.resolve("out.txt")));
        assertEquals("20", rows.group(1));
        Matcher start = Pattern.compile("start: (.*) \\(ms after launch\\)").matcher(log);
        assertTrue(start.find(), log);
        List<String> steps = steps(start.group(1));
        // With the library and its first page ready before the stage shows (unless the toolkit won the race, as above),
        // the first rows are the first frame's; the whole window is built after it and its table lays the rows out again.
        if (steps.contains("first frame shown")) {
            assertTrue(steps.indexOf("first frame shown") < steps.indexOf("first rows"), start.group(1));
            assertTrue(steps.indexOf("first rows") < steps.indexOf("window built"), start.group(1));
            assertTrue(steps.indexOf("window in the scene") < steps.indexOf("table rows"), start.group(1));
        } else {
            assertTrue(steps.indexOf("window shown") < steps.indexOf("first rows"), start.group(1));
        }
        assertTrue(steps.indexOf("first rows") < steps.indexOf("whole window"), start.group(1));
        assertEquals(0, child.exitValue());
    }

    @Test
    void aLibraryThatCannotBeOpenedIsReportedWithItsReason() throws Exception {
        Path library = dir.resolve("notes.db");
        Files.writeString(library, "these are notes, not a TalkShelf library ".repeat(200));
        Process child = window(library, "1000");
        try {
            waitForLog("library could not be opened", 120);
            String log = log();
            assertTrue(log.contains("notes.db"), log);
            assertTrue(!log.contains("first rows laid out"), log);
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(Files.readString(library), "these are notes, not a TalkShelf library ".repeat(200));
    }

    private Process window(Path library, String quitAfterMillis) throws IOException {
        ProcessBuilder pb = ChildJvm.builder(Main.class, Map.of("XDG_DATA_HOME", dir.resolve("data").toString(),
                AppPaths.LIBRARY_ENV, library.toString()));
        List<String> options = new ArrayList<>();
        for (String p : HEADLESS) {
            if (System.getProperty(p) != null) {
                options.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        options.add("-D" + TalkShelfApp.TRAINING_PROPERTY + "=" + quitAfterMillis);
        pb.command().addAll(1, options);
        // The tests' quiet logging configuration would keep the window's INFO lines, which this test reads, out of its log.
        pb.command().removeIf(option -> option.startsWith("-Djava.util.logging.config.file="));
        return pb.redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    }

    private void waitForLog(String text, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!log().contains(text)) {
            assertTrue(System.nanoTime() < until, "no '" + text + "' in the log: " + log() + Files.readString(dir.resolve("out.txt")));
            Thread.sleep(100);
        }
    }

    private String log() throws IOException {
        Path file = dir.resolve("data/talkshelf/talkshelf.log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static List<String> steps(String summary) {
        List<String> names = new ArrayList<>();
        for (String step : summary.split(", ")) {
            names.add(step.replaceAll(" \\d+$", ""));
        }
        return names;
    }
}
