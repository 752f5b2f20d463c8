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

    /** The text with those letters folded; plain ASCII text is returned at once. */
    public static String fold(String text) {
        if (text == null || isPlainAscii(text)) {
            return text;
        }
        String s = text;
        for (List<String> f : FOLDS) {
            s = s.replace(f.get(0), f.get(1));
        }
        return s;
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
