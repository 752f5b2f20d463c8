package dev.talkshelf.catalog;

/**
 * Letters that the index's tokenizer (unicode61, remove_diacritics 2) keeps although people type them
 * without their stroke: "Łukasz" is typed "lukasz". They have no Unicode decomposition, so the tokenizer
 * cannot drop the stroke; the index stores them folded, and the query compiler folds search terms the
 * same way, so both spellings find both.
 */
public final class TextFold {
    /** Each letter and what it folds to; the same table serves the index (SQL) and the queries (Java). */
    private static final String[][] FOLDS = {
            {"ł", "l"}, {"Ł", "L"}, {"ø", "o"}, {"Ø", "O"}, {"đ", "d"}, {"Đ", "D"}, {"ħ", "h"}, {"Ħ", "H"},
            {"ı", "i"}, {"ŀ", "l"}, {"Ŀ", "L"}, {"ß", "ss"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"Œ", "OE"},
            {"þ", "th"}, {"Þ", "TH"}, {"ð", "d"}, {"Ð", "D"}};

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null || isPlainAscii(text)) {
            return text;
        }
        String s = text;
        for (String[] f : FOLDS) {
            s = s.replace(f[0], f[1]);
        }
        return s;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The same folding as an SQL expression around {@code expr} (our own column expressions, no user text). */
    static String sql(String expr) {
        String s = expr;
        for (String[] f : FOLDS) {
            s = "replace(" + s + ", '" + f[0] + "', '" + f[1] + "')";
        }
        return s;
    }
}
