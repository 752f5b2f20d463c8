package dev.talkshelf.ui.details;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A WebVTT file of {@code n} cues, one every three seconds, for the read-along tests: cue i says "line i ...". */
public final class LongTranscript {
    private LongTranscript() {
    }

    public static Duration startOf(int cue) {
        return Duration.ofSeconds(3L * cue);
    }

    public static String textOf(int cue) {
        return cue % 100 == 42 ? "line " + cue + " where the global interpreter lock is released"
                : "line " + cue + " of what was said on the stage";
    }

    public static Path write(Path dir, String name, int n) throws IOException {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < n; i++) {
            vtt.append(clock(startOf(i))).append(" --> ").append(clock(startOf(i).plusMillis(2500))).append('\n')
                    .append(textOf(i)).append("\n\n");
        }
        return Files.writeString(dir.resolve(name), vtt.toString());
    }

    private static String clock(Duration d) {
        return String.format("%02d:%02d:%02d.%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(), d.toMillisPart());
    }
}
