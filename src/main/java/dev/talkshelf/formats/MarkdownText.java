package dev.talkshelf.formats;

/** Text from the library made safe for Markdown: it reads as written, never as markup, a link or HTML. */
final class MarkdownText {
    private static final String SPECIAL = "\\`*_{}[]<>()#+-.!|~&";

    private MarkdownText() {
    }

    /** One line of inline text: line breaks become spaces, every character Markdown could read as markup escaped. */
    static String inline(String text) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A link destination in angle brackets, so spaces and brackets in it are kept: {@code <...>}. */
    static String destination(String url) {
        return "<" + url.replaceAll("[\\r\\n]", "").replace("<", "%3C").replace(">", "%3E") + ">";
    }

    /** Text inside a code span of one backtick. */
    static String code(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replace("`", "'");
    }
}
