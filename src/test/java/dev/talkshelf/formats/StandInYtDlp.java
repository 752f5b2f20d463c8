package dev.talkshelf.formats;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in {@code yt-dlp}: a shell script in a directory of its own that records the arguments it was given and
 * then does what the test says (prints a fixture, fails, hangs). {@link #environment()} is this process's
 * environment with that directory first on PATH, for the code under test to find it there.
 */
public final class StandInYtDlp {
    private final Path dir;

    private StandInYtDlp(Path dir) {
        this.dir = dir;
    }

    /** A stand-in that prints the test resource {@code formats/yt-dlp/NAME} and exits 0. */
    public static StandInYtDlp printing(Path dir, String fixture) {
        try {
            Path json = dir.resolve("answer.json");
            try (var in = StandInYtDlp.class.getResourceAsStream("/formats/yt-dlp/" + fixture)) {
                Files.write(json, in.readAllBytes());
            }
            return withBody(dir, "cat '" + json + "'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stand-in whose script, after recording its arguments, runs {@code body} (POSIX sh). */
    public static StandInYtDlp withBody(Path dir, String body) {
        try {
            Path bin = Files.createDirectories(dir.resolve("stand-in-bin"));
            Path script = bin.resolve("yt-dlp");
            Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + dir.resolve("args.txt") + "'\n"
                    + body + "\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            return new StandInYtDlp(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An environment in which no yt-dlp can be found: PATH holds only an empty directory. */
    public static Map<String, String> environmentWithout(Path dir) {
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("PATH", Files.createDirectories(dir.resolve("empty-bin")).toString());
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", dir.resolve("stand-in-bin") + File.pathSeparator + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return env;
    }

    public YtDlp runner(Duration timeout) {
        return new YtDlp(environment(), timeout);
    }

    /** The arguments of the last run, one per element; empty if it never ran. */
    public List<String> arguments() {
        try {
            Path args = dir.resolve("args.txt");
            return Files.exists(args) ? Files.readAllLines(args) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
