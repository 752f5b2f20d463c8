package dev.talkshelf.formats;

import java.util.Map;

/**
 * The plain text of a caption line: WebVTT's cue tags (`<c.yellow>`, `<v Ann>`, `<i>`, `<ruby>`), inline
 * timestamps (`<00:00:01.280>`) and character references (`&amp;`, `&#233;`) read, SRT's `<font>` tags and
 * `{\an8}` placement codes dropped, runs of white space made one space.
 */
final class CaptionText {
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "lrm", "", "rlm", "");

    private CaptionText() {
    }

    static String plain(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '<') {
                int close = line.indexOf('>', i + 1);
                if (close < 0) {
                    // A lone '<' is text in SRT; the WebVTT spec reads the rest as an unclosed tag.
                    out.append(c);
                    i++;
                } else if (line.startsWith("<rt", i) && (line.charAt(i + 3) == '>' || line.charAt(i + 3) == '.')) {
                    // Ruby text is a reading aid above the base text, not something said.
                    int end = line.indexOf("</rt>", close);
                    i = end < 0 ? close + 1 : end + 5;
                } else {
                    i = close + 1;
                }
            } else if (c == '{' && i + 1 < line.length() && line.charAt(i + 1) == '\\') {
                int close = line.indexOf('}', i);
                i = close < 0 ? i + 1 : close + 1;
            } else if (c == '&') {
                i = reference(line, i, out);
            } else {
                out.append(Character.isWhitespace(c) ? ' ' : c);
                i++;
            }
        }
        return oneSpaceEach(out).strip();
    }

    /** Runs of spaces made one space: a loop, as a regular expression compiled per line was a tenth of an attach. */
    static String oneSpaceEach(StringBuilder text) {
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || kept == 0 || text.charAt(kept - 1) != ' ') {
                text.setCharAt(kept++, c);
            }
        }
        text.setLength(kept);
        return text.toString();
    }

    /** Appends what the reference at {@code at} stands for (or the '&' itself) and returns where to go on. */
    private static int reference(String line, int at, StringBuilder out) {
        int semicolon = line.indexOf(';', at + 1);
        if (semicolon < 0 || semicolon - at > 10) {
            out.append('&');
            return at + 1;
        }
        String name = line.substring(at + 1, semicolon);
        String named = NAMED.get(name);
        if (named != null) {
            out.append(named);
            return semicolon + 1;
        }
        Integer code = numeric(name);
        if (code != null && Character.isValidCodePoint(code) && code != 0 && !Character.isISOControl(code)) {
            out.appendCodePoint(code);
            return semicolon + 1;
        }
        out.append('&');
        return at + 1;
    }

    private static Integer numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return null;
    }
}
