package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kept words looked for by their first letter decide exactly what comparing every word at every token decided. */
class KeptWordStartsTest {
    private static final List<String> WORDS = List.of("20", "ai", "co", "da", "de", "in", "py", "pycon", "python",
            "re", "st", "the", "ørsted", "über");

    @Test
    void aTokenIsComparedWithTheWordsOfItsFirstLetterInEitherCase() {
        KeptWords.WordStarts starts = new KeptWords.WordStarts(WORDS);

        assertEquals(Set.of("py", "pycon", "the"), KeptWords.plainMatches("The PyCon keynote", starts));
        assertEquals(Set.of("20", "co", "in"), KeptWords.plainMatches("2024: coding, INTRO", starts));
        assertEquals(Set.of(), KeptWords.plainMatches("x-ray zoo", starts));
        assertNull(KeptWords.plainMatches("Ørsted", starts), "a letter beyond ASCII may fold to any word: the probe decides");
        assertNull(KeptWords.plainMatches("édebug", starts), "a word right after such a letter: the probe decides");
    }

    /** 5,000 random texts of kept words, their beginnings, other words, accented letters and separators. */
    @Test
    void decidesAsComparingEveryWordAtEveryTokenDid() {
        Random random = new Random(20);
        String[] pieces = {"py", "Python", "PYCON", "pyc", "the", "then", "co", "cO", "data", "de", "é", "ø", "Ørsted",
                "über", "ü", "ß", "in", "x", "zzz", "2020", "20", "st", "re-", "ai", "Ai", "ñ", "日本", "😀"};
        String[] gaps = {" ", "-", ", ", "'", "_", "", ".", " (", "\u00a0", "/"};
        for (int t = 0; t < 5_000; t++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            List<String> words = new ArrayList<>(random.nextBoolean() ? WORDS : WORDS.subList(0, 1 + random.nextInt(WORDS.size() - 1)));
            if (random.nextInt(8) == 0) {
                words.add(""); // never kept, but decided as before if it were
            }
            assertEquals(everyWordAtEveryToken(text, words), KeptWords.plainMatches(text, new KeptWords.WordStarts(words)),
                    "text: " + text + " words: " + words);
        }
    }

    /** The decision as it was made before the words were indexed by their first letter (the reference). */
    private static Set<String> everyWordAtEveryToken(CharSequence text, List<String> words) {
        Set<String> found = new HashSet<>();
        boolean unsure = false;
        for (int i = 0; i < text.length() && found.size() < words.size(); i++) {
            if (i > 0 && TokenChars.isAsciiTokenChar(text.charAt(i - 1))) {
                continue;
            }
            char first = text.charAt(i);
            if (!TokenChars.isAsciiTokenChar(first) && !TokenChars.mayBeTokenChar(first)) {
                continue;
            }
            boolean afterLetter = i > 0 && TokenChars.mayBeTokenChar(text.charAt(i - 1));
            for (String word : words) {
                if (found.contains(word)) {
                    continue;
                }
                int match = matchAt(text, i, word);
                if (match == 1 && !afterLetter) {
                    found.add(word);
                } else if (match != 0) {
                    unsure = true;
                }
            }
        }
        return unsure && found.size() < words.size() ? null : found;
    }

    private static int matchAt(CharSequence text, int start, String word) {
        if (start + word.length() > text.length()) {
            return 0;
        }
        int result = 1;
        for (int k = 0; k < word.length(); k++) {
            char ch = text.charAt(start + k);
            if (ch >= 0x80) {
                if (!TokenChars.mayBeTokenChar(ch)) {
                    return 0;
                }
                result = 2;
                continue;
            }
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + ('a' - 'A'));
            }
            if (ch != word.charAt(k)) {
                return 0;
            }
        }
        return result;
    }
}
