package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.catalog.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bare {@code java -jar} import or bench runs again in a JVM with the launcher's options for it (decision 0078). */
class CommandJvmTest {
    private static final CommandJvm.Options OPTIONS = new CommandJvm.Options("-Xmx384m", "-XX:MaxNewSize=32m",
            List.of("-XX:MaxNewSize=128m", "-XX:ThreadPriorityPolicy=1"), "-XX:+UseParallelGC");
    private static final Path SAMPLE = Path.of("sample-library", "library.json");

    @TempDir
    Path dir;
    /** The JVM a test starts bare, and the one it starts for the command: both ended after each test. */
    private Process first;
    private ProcessHandle second;

    @Test
    void theCommandWordIsTheFirstArgumentThatIsNoOptionNorTheLibrarysFile() {
        assertEquals(Optional.of("import"), CommandJvm.commandOf(List.of("import", "x.json")));
        assertEquals(Optional.of("import"), CommandJvm.commandOf(List.of("--library", "a.db", "import", "x.json")));
        assertEquals(Optional.of("generate"), CommandJvm.commandOf(List.of("--library=a.db", "generate", "--talks", "9")));
        assertEquals(Optional.of("search"), CommandJvm.commandOf(List.of("--library", "import", "search", "import")));
        assertEquals(Optional.empty(), CommandJvm.commandOf(List.of("--version", "import")));
        assertEquals(Optional.empty(), CommandJvm.commandOf(List.of("--library", "a.db")));
        assertEquals(Optional.empty(), CommandJvm.commandOf(List.of()));
    }

    @Test
    void anImportInABareJvmRunsWithTheImportsOptionsThenTheJvmsOwnThenTheSameArguments() {
        List<String> command = CommandJvm.command(List.of("--library", "a.db", "import", "talks"),
                List.of("-Dfile.encoding=UTF-8", "-XX:MaxNewSize=64m"), OPTIONS, "/jdk/bin/java", "talkshelf.jar", 42)
                .orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-Xmx384m", "-XX:MaxNewSize=128m", "-XX:ThreadPriorityPolicy=1",
                "-XX:+UseParallelGC", "-XX:-PrintWarnings", "-Dfile.encoding=UTF-8", "-XX:MaxNewSize=64m",
                "-Dtalkshelf.parent=42", "-cp", "talkshelf.jar", "dev.talkshelf.app.Main",
                "--library", "a.db", "import", "talks"), command);
    }

    @Test
    void aBenchmarkRunsWithTheHeapAndYoungGenerationOfTheWindowAndASearch() {
        List<String> command = CommandJvm.command(List.of("--library", "a.db", "bench", "--runs", "30"), List.of(),
                OPTIONS, "java", "talkshelf.jar", 7).orElseThrow();
        assertEquals(List.of("java", "-Xmx384m", "-XX:MaxNewSize=32m", "-Dtalkshelf.parent=7", "-cp", "talkshelf.jar",
                "dev.talkshelf.app.Main", "--library", "a.db", "bench", "--runs", "30"), command);
    }

    @Test
    void aCollectorTheUserChoseStandsAlone() {
        List<String> command = CommandJvm.command(List.of("generate", "--talks", "10"), List.of("-XX:+UseSerialGC"),
                OPTIONS, "java", "cp", 1).orElseThrow();
        assertTrue(command.contains("-XX:+UseSerialGC"));
        assertFalse(command.contains("-XX:+UseParallelGC"), command.toString());
    }

    @Test
    void aJvmSomeoneSetUpAndEveryOtherCommandRunWhereTheyAre() {
        for (List<String> jvm : List.of(List.of("-Xmx2g"), List.of("-XX:MaxRAMPercentage=50"),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y"), List.of("-javaagent:x.jar"))) {
            assertEquals(Optional.empty(), CommandJvm.command(List.of("import", "t"), jvm, OPTIONS, "java", "cp", 1),
                    jvm.toString());
        }
        for (List<String> args : List.<List<String>>of(List.of("search", "import"), List.of(), List.of("--library", "a.db"),
                List.of("show", "1"), List.of("--help", "import"), List.of("import", "--help"), List.of("bench", "-h"))) {
            assertEquals(Optional.empty(), CommandJvm.command(args, List.of(), OPTIONS, "java", "cp", 1), args.toString());
        }
    }

    @Test
    void theBuildWroteThePomsLauncherOptions() {
        CommandJvm.Options built = CommandJvm.options();
        assertTrue(built.heap().startsWith("-Xmx"), built.heap());
        assertTrue(built.young().startsWith("-XX:MaxNewSize="), built.young());
        assertTrue(built.collector().matches("-XX:\\+Use\\w+GC"), built.collector());
        assertTrue(built.storing().contains("-XX:ThreadPriorityPolicy=1"), built.storing().toString());
        for (String option : built.storing()) {
            assertTrue(option.startsWith("-XX:") && !option.contains("${"), option);
        }
    }

    @Test
    void aBareImportRunsInASecondJvmWithTheImportsOptionsAndImportsEverything() throws Exception {
        Path library = newLibrary();
        whileHeld(library, () -> {
            startBothJvms(library);
            List<String> arguments = List.of(second.info().arguments().orElseThrow());
            CommandJvm.Options built = CommandJvm.options();
            assertTrue(arguments.contains(built.heap()), arguments.toString());
            assertTrue(arguments.containsAll(built.storing()), arguments.toString());
            assertTrue(arguments.contains(built.collector()), arguments.toString());
        });
        assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the import did not end within 60 s");
        String output = new String(first.getInputStream().readAllBytes());
        assertEquals(0, first.exitValue(), output);
        assertTrue(output.contains("added 20"), output);
        assertEquals(20, talks(library));
    }

    @Test
    void theSecondJvmEndsWhenTheFirstIsKilledAndImportsNothing() throws Exception {
        Path library = newLibrary();
        whileHeld(library, () -> {
            startBothJvms(library);
            first.destroyForcibly().waitFor();
            second.onExit().get(30, TimeUnit.SECONDS);
        });
        assertFalse(second.isAlive());
        assertEquals(0, talks(library));
    }

    @AfterEach
    void noJvmLeft() {
        for (ProcessHandle jvm : new ProcessHandle[] {second, first == null ? null : first.toHandle()}) {
            if (jvm != null) {
                jvm.destroyForcibly();
            }
        }
    }

    /** Runs {@code action} while another connection holds the library for writing: an import waits meanwhile. */
    private static void whileHeld(Path library, Action action) throws Exception {
        try (Connection lock = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = lock.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                action.run();
            } finally {
                s.execute("ROLLBACK");
            }
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private Path newLibrary() {
        Path library = dir.resolve("library.db");
        Database.open(library, Clock.systemUTC()).close();
        return library;
    }

    /** Starts the import bare ({@link #first}) and finds the JVM it starts for the import ({@link #second}). */
    private void startBothJvms(Path library) throws Exception {
        first = startBare(library);
        second = secondJvm(first);
    }

    /** {@code java -cp ... Main --library LIBRARY import SAMPLE}, with no JVM option at all, as {@code java -jar} is. */
    private Process startBare(Path library) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--library", library.toString(), "import", SAMPLE.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        return builder.start();
    }

    /** The JVM the first started for its import (it waits for the held library, so it is there to find). */
    private static ProcessHandle secondJvm(Process firstJvm) throws InterruptedException {
        String parent = "-D" + CommandJvm.PARENT_PROPERTY + "=" + firstJvm.pid();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            Optional<ProcessHandle> found = firstJvm.descendants()
                    .filter(p -> List.of(p.info().arguments().orElse(new String[0])).contains(parent)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertTrue(firstJvm.isAlive(), "the first JVM ended without starting a second");
            Thread.sleep(50);
        }
        throw new AssertionError("no second JVM within 60 s");
    }

    private static long talks(Path library) throws Exception {
        assertTrue(Files.exists(library));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM talk")) {
            return rs.getLong(1);
        }
    }
}
