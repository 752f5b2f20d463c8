package dev.talkshelf.model;

/**
 * Text from outside without the control characters a terminal or a list cell would act on (escape sequences,
 * carriage returns that overwrite a line, bells): C0 controls, DEL and the C1 range.
 */
public final class PlainText {
    private PlainText() {
    }

    public static boolean isControl(int ch) {
        return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F);
    }

    /** A one-line name or title: line breaks and tabs become one space, other control characters go; stripped. */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        if (!hasControl(text)) {
            return text.strip();
        }
        StringBuilder s = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (isControl(ch)) {
                gap |= Character.isWhitespace(ch) || ch == 0x85; // a line break or tab parts words; a bell does not
            } else {
                if (gap && !s.isEmpty() && !Character.isWhitespace(ch)) {
                    s.append(' ');
                }
                gap = false;
                s.append(ch);
            }
        }
        return s.toString().strip();
    }

    /** Prose (a description, a note): line breaks and tabs stay (CR LF and lone CR become LF), other controls go. */
    public static String lines(String text) {
        if (text == null || !hasControl(text)) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                s.append('\n');
            } else if (ch == '\n' || ch == '\t' || !isControl(ch)) {
                s.append(ch);
            }
        }
        return s.toString();
    }

    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
