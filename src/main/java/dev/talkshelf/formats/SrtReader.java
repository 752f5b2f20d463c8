package dev.talkshelf.formats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a SubRip (.srt) file: blocks of a counter line, a timing line `00:00:01,000 --> 00:00:04,000` (with
 * optional `X1:.. Y2:..` placement after it) and the text lines, separated by blank lines. The counter is
 * optional, as many tools leave it out or number wrongly.
 */
final class SrtReader {
    private SrtReader() {
    }

    static List<RawCue> read(Path file, List<String> lines) throws FormatException {
        List<RawCue> cues = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int timing = i;
            if (!lines.get(i).contains("-->")) {
                timing = i + 1;
                if (!lines.get(i).strip().matches("\\d{1,9}") || timing >= lines.size() || !lines.get(timing).contains("-->")) {
                    throw new FormatException(file, i + 1, "expected a subtitle's number and timing line such as "
                            + "\"00:00:01,000 --> 00:00:04,000\", found \"" + lines.get(i) + "\"");
                }
            }
            Duration[] ends = timings(file, lines.get(timing), timing + 1);
            List<String> text = new ArrayList<>();
            i = timing + 1;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                text.add(lines.get(i));
                i++;
            }
            cues.add(new RawCue(ends[0], ends[1], text, timing + 1));
        }
        return cues;
    }

    private static Duration[] timings(Path file, String line, int number) throws FormatException {
        int arrow = line.indexOf("-->");
        String from = line.substring(0, arrow).strip();
        String[] after = line.substring(arrow + 3).strip().split("\\s+", 2);
        Duration start = CaptionTime.srt(from);
        if (start == null) {
            throw new FormatException(file, number, 1, "\"" + from + "\" is not an SRT time such as 00:01:02,500");
        }
        Duration end = CaptionTime.srt(after[0]);
        if (end == null) {
            throw new FormatException(file, number, arrow + 4, "\"" + after[0] + "\" is not an SRT time such as 00:01:02,500");
        }
        return CaptionCheck.ends(file, number, start, end);
    }
}
