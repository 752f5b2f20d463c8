package dev.talkshelf.formats;

import dev.talkshelf.model.Cue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns raw cues into one cue per thing said. YouTube's automatic captions roll: each cue shows the line said
 * before it again above the new one, and a 10 ms cue repeats the finished line, so every line appears two or
 * three times. A line that repeats the line just kept, in a cue that follows on from it, is dropped; what is
 * left of a cue becomes one cue starting at the cue's start. Ordinary captions pass through unchanged, their
 * lines joined into one text.
 */
final class RollingCaptions {
    /** Cues closer than this follow on from each other (YouTube's cues touch exactly; others leave small gaps). */
    private static final Duration FOLLOWS_ON = Duration.ofMillis(250);

    private RollingCaptions() {
    }

    static List<Cue> clean(List<RawCue> raw) {
        List<RawCue> ordered = new ArrayList<>(raw);
        ordered.sort(Comparator.comparing(RawCue::start)); // stable: equal starts keep the file's order
        List<Cue> out = new ArrayList<>();
        String lastLine = null;
        for (RawCue cue : ordered) {
            List<String> lines = new ArrayList<>();
            for (String line : cue.lines()) {
                String plain = CaptionText.plain(line);
                if (!plain.isEmpty()) {
                    lines.add(plain);
                }
            }
            Cue previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean followsOn = previous != null && cue.start().compareTo(previous.end().plus(FOLLOWS_ON)) <= 0;
            while (followsOn && !lines.isEmpty() && lines.get(0).equals(lastLine)) {
                lines.remove(0);
            }
            if (lines.isEmpty()) {
                if (followsOn && cue.end().compareTo(previous.end()) > 0) {
                    out.set(out.size() - 1, new Cue(previous.start(), cue.end(), previous.text()));
                }
                continue;
            }
            String text = String.join(" ", lines);
            if (text.length() > Cue.MAX_TEXT) {
                text = text.substring(0, Cue.MAX_TEXT).strip();
            }
            out.add(new Cue(cue.start(), cue.end(), text));
            lastLine = lines.get(lines.size() - 1);
        }
        return out;
    }
}
