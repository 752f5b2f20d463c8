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
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
