package dev.talkshelf.ui.talks;

import java.util.List;
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

    /**
     * {@code text} on at most two lines of {@code available}: the first line breaks after the last whole word that
     * fits (inside a word only when the first word alone is too long), the second holds the rest, cut with "…".
     * One line when it all fits on one; none for empty text.
     */
    static List<String> twoLines(String text, double available, IntToDoubleFunction advance) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String whole = text.strip();
        if (width(whole, advance) <= available) {
            return List.of(whole);
        }
        double used = 0;
        int lastBreak = -1; // the end of the last word that fits
        int lastFit = 0; // the end of the last character that fits
        for (int i = 0; i < whole.length(); ) {
            int c = whole.codePointAt(i);
            if (Character.isWhitespace(c) && i > 0) {
                lastBreak = i;
            }
            used += advance.applyAsDouble(c);
            if (used > available) {
                break;
            }
            i += Character.charCount(c);
            lastFit = i;
        }
        int cut = lastBreak > 0 ? lastBreak : Math.max(lastFit, whole.offsetByCodePoints(0, 1));
        String first = whole.substring(0, cut).stripTrailing();
        String rest = whole.substring(cut).strip();
        return rest.isEmpty() ? List.of(first) : List.of(first, fit(rest, available, advance));
    }
}
