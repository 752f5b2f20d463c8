package dev.talkshelf.ui.talks;

import java.util.function.IntToDoubleFunction;

/**
 * Cuts text to a width with an ellipsis, from the advance width of each character, as a {@code Label} does. Kept
 * free of the toolkit so the cutting rules are tested on their own; {@link FontMeasure} supplies real widths.
 */
final class TextFit {
    static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** The width of {@code text}: the sum of its characters' advances. */
    static double width(String text, IntToDoubleFunction advance) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += advance.applyAsDouble(c);
            i += Character.charCount(c);
        }
        return width;
    }

    /**
     * {@code text} if it fits in {@code available}; otherwise its longest start that fits with "…" after it (trailing
     * spaces dropped, a character never split), or "" when not even "…" fits.
     */
    static String fit(String text, double available, IntToDoubleFunction advance) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        double room = available - advance.applyAsDouble(ELLIPSIS.codePointAt(0));
        double used = 0;
        int cut = -1; // where the text is cut if it turns out too long: the end of the last character that fits in room
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            used += advance.applyAsDouble(c);
            int next = i + Character.charCount(c);
            if (used <= room) {
                cut = next;
            }
            if (used > available) {
                return cut < 0 ? (room >= 0 ? ELLIPSIS : "") : text.substring(0, cut).stripTrailing() + ELLIPSIS;
            }
            i = next;
        }
        return text;
    }
}
