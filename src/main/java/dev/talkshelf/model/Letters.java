package dev.talkshelf.model;

import java.util.List;

/**
 * Letters people type without their stroke although Unicode gives them no decomposition to strip: "Łukasz"
 * is typed "lukasz". One table for every place that compares text: name keys, the search index and queries.
 */
public final class Letters {
    /** Each letter and what it folds to. */
    public static final List<List<String>> FOLDS = List.of(
            List.of("ł", "l"), List.of("Ł", "L"), List.of("ø", "o"), List.of("Ø", "O"), List.of("đ", "d"),
            List.of("Đ", "D"), List.of("ħ", "h"), List.of("Ħ", "H"), List.of("ı", "i"), List.of("ŀ", "l"),
            List.of("Ŀ", "L"), List.of("ß", "ss"), List.of("æ", "ae"), List.of("Æ", "AE"), List.of("œ", "oe"),
            List.of("Œ", "OE"), List.of("þ", "th"), List.of("Þ", "TH"), List.of("ð", "d"), List.of("Ð", "D"));

    private Letters() {
    }

    /** The letters of {@link #FOLDS} (each one char) and the folds, side by side, for {@link #fold}'s one pass. */
    private static final String FOLDED_LETTERS;
    private static final String[] FOLDED_TO;
    /** The lowest of those letters ("Æ"): a char below it (all of ASCII) is never folded. */
    private static final char MIN_FOLDED;

    static {
        StringBuilder letters = new StringBuilder();
        FOLDED_TO = new String[FOLDS.size()];
        for (int i = 0; i < FOLDS.size(); i++) {
            letters.append(FOLDS.get(i).get(0));
            FOLDED_TO[i] = FOLDS.get(i).get(1);
        }
        FOLDED_LETTERS = letters.toString();
        MIN_FOLDED = (char) FOLDED_LETTERS.chars().min().orElseThrow();
    }

    /**
     * The text with those letters folded; text without any of them (plain ASCII first of all) is returned as it is.
     * One pass over the text, not one per letter: an import folds every talk's description.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        int first = firstFolded(text);
        if (first < 0) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char ch = text.charAt(i);
            int k = foldIndex(ch);
            if (k < 0) {
                folded.append(ch);
            } else {
                folded.append(FOLDED_TO[k]);
            }
        }
        return folded.toString();
    }

    private static int firstFolded(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (foldIndex(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code ch} is among the folded letters, or -1 (at once for anything below them: all of ASCII). */
    private static int foldIndex(char ch) {
        return ch < MIN_FOLDED ? -1 : FOLDED_LETTERS.indexOf(ch);
    }

    /** Most names, titles and descriptions are plain ASCII and need no Unicode work at all. */
    public static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
