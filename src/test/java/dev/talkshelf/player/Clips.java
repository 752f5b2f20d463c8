package dev.talkshelf.player;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short test videos made by ffmpeg from its built-in test sources: a moving pattern and a sine tone. */
public final class Clips {

    private Clips() {
    }

    /**
     * An MPEG-4/AAC clip of exactly {@code seconds} at 10 frames a second; both encoders are built into every
     * ffmpeg, unlike libx264.
     */
    public static Path make(Path dir, String name, int seconds) throws IOException, InterruptedException {
        Path clip = dir.resolve(name);
        Process ffmpeg = new ProcessBuilder(List.of(RealMpv.ffmpeg().toString(), "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=duration=" + seconds + ":size=160x120:rate=10",
                "-f", "lavfi", "-i", "sine=duration=" + seconds,
                "-shortest", "-c:v", "mpeg4", "-c:a", "aac", clip.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ffmpeg.waitFor(30, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0 || !Files.isRegularFile(clip)) {
            throw new IOException("ffmpeg could not make " + clip + ": " + output);
        }
        return clip;
    }
}
