package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueWordsTest {
    private static boolean heldInBytes(String term, String cue) {
        byte[] raw = ("xx" + cue + "yy").getBytes(StandardCharsets.UTF_8);
        int from = "xx".length();
        return CueWords.of(List.of(term)).heldBy(raw, from, cue.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aWordIsFoundWholeWhateverItsCase() {
        assertTrue(heldInBytes("interpreter", "The Interpreter lock"));
        assertFalse(heldInBytes("interpreter", "interpreters and locks"), "a longer word is another word");
        assertFalse(heldInBytes("lock", "a padlock"), "nor is a word ending in it");
    }

    @Test
    void aPhraseIsItsWordsInARowWithOnlyPunctuationBetween() {
        assertTrue(heldInBytes("machine learning", "about machine, learning today"));
        assertTrue(heldInBytes("machine learning", "MACHINE   learning"));
        assertFalse(heldInBytes("machine learning", "machine deep learning"));
        assertFalse(heldInBytes("machine learning", "learning machine"));
    }

    @Test
    void lettersBeyondAsciiFoldAsTheIndexFoldsThem() {
        assertTrue(heldInBytes("tecnicas", "técnicas de machine learning"));
        assertTrue(heldInBytes("lukasz", "when Łukasz blocks"));
        assertTrue(heldInBytes("python", "python’s packaging"), "a typographic apostrophe parts words");
        assertFalse(heldInBytes("python", "pythonä"), "a letter beyond ASCII joins its word");
        assertFalse(heldInBytes("cafe", "cafeé"));
    }

    @Test
    void bytesAndTextAgree() {
        List<String> cues = List.of("The GIL, released!", "técnicas — python’s", "naïve café ÉCOLE", "a 2024 talk",
                "emoji 🐍 python", "ß straße strasse", "über uber");
        List<String> terms = List.of("gil", "released", "tecnicas", "python", "s", "naive cafe", "ecole", "2024", "strasse",
                "uber", "talk", "emoji python");
        for (String cue : cues) {
            for (String term : terms) {
                assertEquals(CueWords.of(List.of(term)).heldBy(cue), heldInBytes(term, cue), term + " in " + cue);
            }
        }
    }

    private static long heldInBytesHow(List<String> terms, String cue) {
        byte[] raw = ("xx" + cue + "yy").getBytes(StandardCharsets.UTF_8);
        return CueWords.of(terms).held(raw, 2, cue.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aCueCountsTheTermsItHoldsTheirOccurrencesAndItsWords() {
        long held = heldInBytesHow(List.of("gil", "lock", "python"), "The GIL, the gil's lock: gil!");
        assertEquals(2, CueWords.terms(held));
        assertEquals(4, CueWords.occurrences(held));
        assertEquals(7, CueWords.wordCount(held), "the, gil, the, gil, s, lock, gil");
        assertEquals(CueWords.NONE, heldInBytesHow(List.of("python"), "The GIL, the gil's lock"));
    }

    @Test
    void bytesAndTextCountAlike() {
        List<String> cues = List.of("The GIL, released! the gil", "técnicas — python’s python", "naïve café ÉCOLE naive cafe",
                "a 2024 talk, 2024", "emoji 🐍 python python", "ß straße strasse", "über uber über", "a a a");
        List<List<String>> terms = List.of(List.of("gil", "released"), List.of("python", "tecnicas", "s"),
                List.of("naive cafe", "ecole"), List.of("2024", "talk"), List.of("emoji python", "python"),
                List.of("strasse"), List.of("uber"), List.of("a a"));
        for (String cue : cues) {
            for (List<String> t : terms) {
                assertEquals(CueWords.of(t).held(cue), heldInBytesHow(t, cue), t + " in " + cue);
            }
        }
    }
}
