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
        String plain = isPlainAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return foldLetters(plain.toLowerCase(Locale.ROOT))
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** Most names and titles are plain ASCII: they skip Unicode normalization, which dominated bulk imports. */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Letters that carry no combining mark to strip, so NFKD leaves them alone: "łukasz" -> "lukasz". */
    private static String foldLetters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case 'ł' -> b.append('l');
                case 'ø' -> b.append('o');
                case 'đ', 'ð' -> b.append('d');
                case 'ı' -> b.append('i');
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'þ' -> b.append("th");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
