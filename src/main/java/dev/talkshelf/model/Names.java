package dev.talkshelf.model;

import java.text.Normalizer;
import java.util.Locale;

/** Normalized keys used to recognize the same speaker or title written in slightly different ways. */
public final class Names {
    private Names() {
    }

    /** "Jason C. McDonald" and "jason c mcdonald" share a key; accents and punctuation do not count. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Letters.isPlainAscii(text) ? text
                : Letters.fold(Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", ""));
        return wordsOf(plain.toLowerCase(Locale.ROOT));
    }

    /**
     * The runs of letters and numbers of a text joined by single spaces: what replacing every run of other
     * characters by a space and stripping would give, in one pass (an import asks for thousands of keys).
     */
    private static String wordsOf(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isLetterOrNumber(cp)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    /** Regex {@code [\p{L}\p{N}]}: any letter, and any number (digits, Roman numerals, fractions...). */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
