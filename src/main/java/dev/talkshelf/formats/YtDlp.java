package dev.talkshelf.formats;

import dev.talkshelf.model.PlainText;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Runs yt-dlp to list a playlist, channel or video ({@code yt-dlp --flat-playlist -J URL}). Run as an argument
 * list, never through a shell; looked up on the PATH of the environment it is given (the real one in the app), and
 * stopped, with whatever it started, after a timeout or a cancel. Its output goes to temporary files rather than
 * pipes, so a child it left behind holding them open cannot keep us waiting.
 */
public final class YtDlp {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    public static final String NOT_INSTALLED = "yt-dlp is not installed: install it with your package manager "
            + "(apt install yt-dlp, brew install yt-dlp) or pipx install yt-dlp";
    /** Far above a flat listing of a channel with tens of thousands of videos (about 1 KB each). */
    private static final long MAX_OUTPUT_BYTES = 256L * 1024 * 1024;
    private static final long POLL_MILLIS = 50;

    private final Map<String, String> environment;
    private final Duration timeout;

    /** @param environment where PATH (and PATHEXT on Windows) come from; the child runs with that PATH */
    public YtDlp(Map<String, String> environment, Duration timeout) {
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    /** yt-dlp as this process's environment finds it, with the default timeout. */
    public static YtDlp fromSystem() {
        return new YtDlp(System.getenv(), DEFAULT_TIMEOUT);
    }

    /** Why yt-dlp did not give a listing: not installed, failed (its last stderr line), timed out, or bad output. */
    public static final class YtDlpException extends Exception {
        public YtDlpException(String message) {
            super(PlainText.oneLine(message));
        }
    }

    /** The yt-dlp executable on the environment's PATH, if there is one. */
    public Optional<Path> locate() {
        String path = variable("PATH");
        if (path == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of("yt-dlp"));
        String pathExt = variable("PATHEXT");
        if (pathExt != null && File.separatorChar == '\\') {
            for (String ext : pathExt.split(File.pathSeparator)) {
                names.add("yt-dlp" + ext.toLowerCase(Locale.ROOT));
            }
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : names) {
                try {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (InvalidPathException e) {
                    // a malformed PATH entry should not hide the good ones after it
                }
            }
        }
        return Optional.empty();
    }

    /** A variable of the environment; Windows spells PATH as "Path", and its names ignore case. */
    private String variable(String name) {
        String exact = environment.get(name);
        if (exact != null) {
            return exact;
        }
        return environment.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The JSON yt-dlp prints for {@code --flat-playlist -J url}; {@link CancellationException} once {@code cancelled} says so. */
    public byte[] flatListing(String url, BooleanSupplier cancelled) throws YtDlpException {
        return run(List.of("--flat-playlist", "-J", url), cancelled);
    }

    /** What {@code yt-dlp --version} prints (one line). */
    public String version() throws YtDlpException {
        return new String(run(List.of("--version"), () -> false), StandardCharsets.UTF_8).strip();
    }

    private byte[] run(List<String> arguments, BooleanSupplier cancelled) throws YtDlpException {
        Path executable = locate().orElseThrow(() -> new YtDlpException(NOT_INSTALLED));
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        Path out = null;
        Path err = null;
        Process process = null;
        try {
            out = Files.createTempFile("talkshelf-yt-dlp", ".json");
            err = Files.createTempFile("talkshelf-yt-dlp", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // The child sees the PATH it was found on (a test's stand-in may call other programs through it).
            String path = variable("PATH");
            builder.environment().put("PATH", path);
            process = builder.start();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    stop(process);
                    throw new CancellationException("yt-dlp was stopped");
                }
                if (System.nanoTime() - deadline > 0) {
                    stop(process);
                    throw new YtDlpException("yt-dlp gave no answer within " + describe(timeout) + " and was stopped");
                }
                if (Files.size(out) > MAX_OUTPUT_BYTES) {
                    stop(process);
                    throw new YtDlpException("yt-dlp printed more than " + MAX_OUTPUT_BYTES / (1024 * 1024) + " MB and was stopped");
                }
            }
            if (process.exitValue() != 0) {
                String last = lastLine(err);
                throw new YtDlpException("yt-dlp failed (exit code " + process.exitValue() + ")"
                        + (last.isEmpty() ? "" : ": " + last));
            }
            if (Files.size(out) > MAX_OUTPUT_BYTES) {
                throw new YtDlpException("yt-dlp printed more than " + MAX_OUTPUT_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new YtDlpException("yt-dlp could not be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new CancellationException("interrupted while yt-dlp ran");
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Ends the process and anything it started (a shell script's {@code sleep}, a downloader's helper). */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> started = process.descendants().toList();
        started.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            for (ProcessHandle child : started) {
                child.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // it was told to stop; a straggler is the system's to reap
        }
    }

    /** The last non-blank line yt-dlp wrote to stderr: where it says what went wrong ("ERROR: ... private video"). */
    private static String lastLine(Path err) throws IOException {
        byte[] bytes = Files.readAllBytes(err);
        int from = Math.max(0, bytes.length - 8192);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        String[] lines = tail.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = PlainText.oneLine(lines[i]).strip();
            if (!line.isEmpty()) {
                return line.length() > 300 ? line.substring(0, 297) + "..." : line;
            }
        }
        return "";
    }

    private static String describe(Duration d) {
        return d.toSeconds() >= 1 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing an import for
            }
        }
    }
}
