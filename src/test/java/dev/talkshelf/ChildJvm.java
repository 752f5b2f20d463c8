package dev.talkshelf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a main class of this build (test classes included) in a JVM of its own: a second TalkShelf process. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** A started child; its stdout and stderr are pipes for the caller to read. */
    public static Process start(Class<?> main, Map<String, String> env, String... args) throws IOException {
        return builder(main, env, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    public static ProcessBuilder builder(Class<?> main, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small and quick to start: many of these run at once on a shared machine.
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss2m"));
        command.add("-Djava.util.logging.config.file=" + Path.of("src/test/resources/logging.properties").toAbsolutePath());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        return pb;
    }
}
