package dev.talkshelf.formats;

import dev.talkshelf.model.Limits;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks ffprobe for a file's duration. Run as an argument list, never through a shell, so file names with
 * quotes or semicolons are only ever file names; a hung probe is killed after a timeout.
 */
public final class Ffprobe implements DurationProbe {
    private static final long TIMEOUT_SECONDS = 15;
    private final Path executable;

    public Ffprobe(Path executable) {
        this.executable = executable;
    }

    /** ffprobe from the PATH, if it is installed. */
    public static Optional<Ffprobe> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("ffprobe", "ffprobe.exe")) {
                try {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(new Ffprobe(candidate));
                    }
                } catch (RuntimeException e) {
                    // a malformed PATH entry is not ours to report; try the next one
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Duration> duration(Path file) {
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-v", "error", "-show_entries", "format=duration",
                "-of", "csv=p=0", file.toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readNBytes(256);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String text = new String(output, StandardCharsets.US_ASCII).strip();
            if (process.exitValue() != 0 || !text.matches("\\d{1,12}(\\.\\d+)?")) {
                return Optional.empty();
            }
            double seconds = Double.parseDouble(text);
            // A broken file can claim any length; one no talk has is no better than none.
            return Limits.isSeconds(seconds) ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
