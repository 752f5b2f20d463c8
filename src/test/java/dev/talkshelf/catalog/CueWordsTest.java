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
}
