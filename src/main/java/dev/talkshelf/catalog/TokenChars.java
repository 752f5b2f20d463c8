package dev.talkshelf.catalog;

/**
 * What the search index's tokenizer ({@code unicode61 remove_diacritics 2}) makes of a character, asked from Java
 * where a plan depends on it. Java's Unicode tables are not SQLite's, so each question says which way it may err:
 * {@link #isTokenChar} reads text as the tokenizer does (for counting letters), {@link #mayBeTokenChar} never says no
 * to a character the tokenizer could keep (for a check that must not miss a match), and {@link #isCertainlyOneWord}
 * never says yes to a text the tokenizer could split (for a plan that is only right for one word).
 */
public final class TokenChars {
    private TokenChars() {
    }

    /** A letter, digit, private-use character or a mark that stays with its letter: part of a word to the tokenizer. */
    public static boolean isTokenChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.PRIVATE_USE || type == Character.NON_SPACING_MARK;
    }

    /** An ASCII letter or digit: a token character that folds to itself in lower case. */
    static boolean isAsciiTokenChar(char ch) {
        return ch < 0x80 && Character.isLetterOrDigit(ch);
    }

    /**
     * A character beyond ASCII that may be (part of) a token character, or fold to an ASCII letter: true for anything
     * Java does not know to separate words (unassigned code points and surrogate halves included).
     */
    static boolean mayBeTokenChar(char ch) {
        if (ch < 0x80) {
            return false;
        }
        int type = Character.getType(ch);
        return Character.isLetterOrDigit(ch) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || type == Character.UNASSIGNED;
    }

    /**
     * True when the tokenizer keeps the (folded) text as one word: letters and digits only. Java and the tokenizer
     * agree on every letter and digit but a few that later Unicode versions made vowel signs (New Tai Lue, two Vedic
     * signs): for those this says no.
     */
    public static boolean isCertainlyOneWord(String folded) {
        return !folded.isEmpty() && folded.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.NEW_TAI_LUE
                && Character.UnicodeBlock.of(cp) != Character.UnicodeBlock.VEDIC_EXTENSIONS);
    }
}
