package dev.talkshelf.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;

/**
 * An import, a generated library or a benchmark started by a bare {@code java -jar talkshelf.jar} runs again in a JVM
 * with the packaged launcher's options for that command: {@code java -jar} cannot carry JVM options, and with the
 * JVM's defaults a 108,575-talk import peaked at 593–673 MB and took 21.0–23.1 s, against 351–371 MB and 17.3–20.8 s
 * so, and {@code bench} ran its ranked rows 1.3–2× slower (decision 0078). The options are the pom's launcher
 * properties, written into {@code jvm-options.properties} by the build.
 *
 * <p>Only a bare JVM is started again: one given a heap size (the packaged launcher gives one), a Java agent or a
 * debugger keeps its command, so whoever chose JVM options keeps them. The new JVM gets the first one's own options
 * after the command's, so the user's win, and not the JVM option variables again (they are among those options).
 * It ends when the first one is gone (Ctrl+C reaches both; a stopped import is taken back like a crashed one).
 */
final class CommandJvm {
    /** Set in the second JVM to the first one's process id: it watches that process and ends when it is gone. */
    static final String PARENT_PROPERTY = "talkshelf.parent";
    private static final Set<String> STORING = Set.of("import", "generate");
    private static final String BENCH = "bench";
    private static final Set<String> ANSWERS = Set.of("--help", "-h", "--version", "-V");
    /** Options saying the JVM was set up by someone: its heap, a Java agent, a debugger. */
    private static final List<String> CHOSEN = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM", "-javaagent",
            "-agentlib", "-agentpath");

    private CommandJvm() {
    }

    /**
     * Runs the command line in a JVM with its command's options when this one is bare and the command has options of
     * its own; returns its exit code, or nothing when this JVM is to run it. In that second JVM, starts watching the
     * first.
     */
    static OptionalInt runElsewhereIfBare(String[] args) {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent != null) {
            endWhenGone(parent);
            return OptionalInt.empty();
        }
        if (ownJvmCommand(Arrays.asList(args)).isEmpty()) {
            // Decided from the arguments alone: the window's start and every other command load nothing for this.
            return OptionalInt.empty();
        }
        Process child;
        try {
            Optional<List<String>> command = command(Arrays.asList(args),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(), options(),
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    System.getProperty("java.class.path"), ProcessHandle.current().pid());
            if (command.isEmpty()) {
                return OptionalInt.empty();
            }
            ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
            Map<String, String> environment = builder.environment();
            // Their options are among this JVM's, which the new one gets: read again, an agent would load twice.
            environment.remove("JAVA_TOOL_OPTIONS");
            environment.remove("JDK_JAVA_OPTIONS");
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            // A JVM that cannot be started (or options the build lost): the command runs here, as before.
            System.getLogger(CommandJvm.class.getName()).log(System.Logger.Level.WARNING,
                    "could not start the command's own JVM, running it in this one: {0}", e.toString());
            return OptionalInt.empty();
        }
        // A TERM to this JVM (kill, timeout) reaches the command too; Ctrl+C reaches both already.
        Thread stop = new Thread(child::destroy, "talkshelf-command-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return OptionalInt.of(code);
            } catch (InterruptedException e) {
                // Nothing here interrupts this thread; the second JVM decides when the command ends.
            } catch (IllegalStateException shuttingDown) {
                return OptionalInt.of(child.exitValue());
            }
        }
    }

    /**
     * The command that runs {@code args} in a JVM with its command's {@code options}, or nothing: a command without
     * options of its own, or {@code jvmOptions} (this JVM's own) chose a heap, an agent or a debugger.
     */
    static Optional<List<String>> command(List<String> args, List<String> jvmOptions, Options options, String java,
                                          String classPath, long pid) {
        Optional<String> word = ownJvmCommand(args);
        if (word.isEmpty() || jvmOptions.stream().anyMatch(o -> CHOSEN.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add(options.heap());
        if (word.get().equals(BENCH)) {
            // The window's and a search's young generation, so a benchmark measures what they do (decision 0071).
            command.add(options.young());
        } else {
            command.addAll(options.storing());
            if (jvmOptions.stream().noneMatch(CommandJvm::choosesCollector)) {
                // Two collectors and the JVM does not start: one the user chose stands.
                command.add(options.collector());
            }
            // The priorities' warning to a user who is not root that lowering is all they may do (the packaged
            // runtime carries them in its image, from where the JVM does not warn).
            command.add("-XX:-PrintWarnings");
        }
        command.addAll(jvmOptions);
        command.add("-D" + PARENT_PROPERTY + "=" + pid);
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * The command word when the command has JVM options of its own; none when it is asked for its usage, which it
     * prints and does nothing else.
     */
    private static Optional<String> ownJvmCommand(List<String> args) {
        if (args.stream().anyMatch(ANSWERS::contains)) {
            return Optional.empty();
        }
        return commandOf(args).filter(word -> STORING.contains(word) || word.equals(BENCH));
    }

    /** The command word of a command line: the first argument that is not {@code --library FILE} or an option. */
    static Optional<String> commandOf(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--library")) {
                i++;
            } else if (arg.startsWith("-")) {
                // --library=FILE, or --help / --version before any command: the command line's own answer.
                if (!arg.startsWith("--library=")) {
                    return Optional.empty();
                }
            } else {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    private static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /** Ends this JVM (a command stopped as by Ctrl+C) once the process that started it is gone. */
    private static void endWhenGone(String parentPid) {
        Optional<ProcessHandle> parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(parentPid));
        } catch (NumberFormatException e) {
            return;
        }
        Runnable end = () -> {
            System.err.println("talkshelf: stopped: the TalkShelf that started this command has ended");
            System.exit(1);
        };
        parent.ifPresentOrElse(p -> p.onExit().thenRun(end), end);
    }

    /**
     * The launcher's options: the heap; the young generation of a search; what a command that stores a library's worth
     * of talks gets besides (young generation, inlining, priorities) and its collector (left out when the user chose
     * one).
     */
    record Options(String heap, String young, List<String> storing, String collector) {
    }

    /** The pom's launcher options, as the build wrote them. */
    static Options options() {
        Properties p = new Properties();
        try (InputStream in = CommandJvm.class.getResourceAsStream("jvm-options.properties")) {
            if (in == null) {
                throw new IllegalStateException("jvm-options.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Options(p.getProperty("heap").strip(), p.getProperty("young").strip(),
                List.of(p.getProperty("storing").strip().split("\\s+")), p.getProperty("collector").strip());
    }
}
