package dev.talkshelf.formats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a WebVTT file (W3C WebVTT, the parsing rules of its section 6) into its cues: the `WEBVTT` signature,
 * header lines up to the first blank line, then blocks — NOTE, STYLE and REGION blocks skipped, a cue being an
 * optional identifier, a timing line `start --> end [settings]` and its text lines.
 */
final class WebVttReader {
    private WebVttReader() {
    }

    /** The cues and the language the header names ("" if none). */
    record Parsed(List<RawCue> cues, String language) {
    }

    static Parsed read(Path file, List<String> lines) throws FormatException {
        if (lines.isEmpty() || !isSignature(lines.get(0))) {
            throw new FormatException(file, 1, "not a WebVTT file: the first line must be WEBVTT");
        }
        String language = "";
        int i = 1;
        // Header: runs to the first blank line. A timing line here means the header had no blank line after it.
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).contains("-->")) {
            String header = lines.get(i);
            if (header.regionMatches(true, 0, "Language:", 0, 9)) {
                String tag = header.substring(9).strip();
                language = tag.matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*") ? tag : "";
            }
            i++;
        }
        List<RawCue> cues = new ArrayList<>();
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            i = block(file, lines, i, cues);
        }
        return new Parsed(cues, language);
    }

    private static boolean isSignature(String first) {
        return first.equals("WEBVTT") || first.startsWith("WEBVTT ") || first.startsWith("WEBVTT\t");
    }

    /** Reads the block starting at {@code start} and returns the index of the line after it. */
    private static int block(Path file, List<String> lines, int start, List<RawCue> cues) throws FormatException {
        String first = lines.get(start);
        if (isKeyword(first, "NOTE") || isKeyword(first, "STYLE") || isKeyword(first, "REGION")) {
            int i = start;
            while (i < lines.size() && !lines.get(i).isEmpty()) {
                i++;
            }
            return i;
        }
        int timing = start;
        if (!first.contains("-->")) {
            timing = start + 1; // the cue's identifier
            if (timing >= lines.size() || !lines.get(timing).contains("-->")) {
                throw new FormatException(file, start + 1,
                        "expected a cue's timing line such as \"00:01.000 --> 00:04.000\", found \"" + first + "\"");
            }
        }
        Duration[] ends = timings(file, lines.get(timing), timing + 1);
        List<String> text = new ArrayList<>();
        int i = timing + 1;
        // A cue's text ends at an empty line, or (per the spec) at a line holding "-->", which starts the next cue.
        // A line of spaces is text, not an end: YouTube's captions hold one in every cue.
        while (i < lines.size() && !lines.get(i).isEmpty() && !lines.get(i).contains("-->")) {
            text.add(lines.get(i));
            i++;
        }
        cues.add(new RawCue(ends[0], ends[1], text, timing + 1));
        return i;
    }

    private static boolean isKeyword(String line, String keyword) {
        return line.equals(keyword) || line.startsWith(keyword + " ") || line.startsWith(keyword + "\t");
    }

    private static Duration[] timings(Path file, String line, int number) throws FormatException {
        int arrow = line.indexOf("-->");
        String from = line.substring(0, arrow).strip();
        String rest = line.substring(arrow + 3).stripLeading();
        int space = indexOfWhitespace(rest);
        String to = space < 0 ? rest : rest.substring(0, space);
        Duration start = CaptionTime.vtt(from);
        if (start == null) {
            throw new FormatException(file, number, 1, "\"" + from + "\" is not a WebVTT time such as 00:01:02.500");
        }
        Duration end = CaptionTime.vtt(to);
        if (end == null) {
            throw new FormatException(file, number, arrow + 4, "\"" + to + "\" is not a WebVTT time such as 00:01:02.500");
        }
        return CaptionCheck.ends(file, number, start, end);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
