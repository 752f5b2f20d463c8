package dev.talkshelf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LettersTest {
    /** The fold as the table states it: each letter replaced by its fold, one letter after another. */
    private static String foldedLetterByLetter(String text) {
        String s = text;
        for (List<String> f : Letters.FOLDS) {
            s = s.replace(f.get(0), f.get(1));
        }
        return s;
    }

    @Test
    void everyLetterOfTheTableIsFoldedWhereverItStands() {
        StringBuilder text = new StringBuilder("Start ");
        for (List<String> f : Letters.FOLDS) {
            text.append(f.get(0)).append("x").append(f.get(0)).append(f.get(0)).append(" é李😀 ");
        }
        text.append("Łukasz Ørsted straße");
        String folded = Letters.fold(text.toString());
        assertEquals(foldedLetterByLetter(text.toString()), folded);
        assertTrue(folded.startsWith("Start lxll é李😀 LxLL é李😀 oxoo"), folded);
        assertTrue(folded.endsWith("ssxssss é李😀 aexaeae é李😀 AExAEAE é李😀 oexoeoe é李😀 OExOEOE é李😀 thxthth é李😀 THxTHTH é李😀 dxdd é李😀 DxDD é李😀 Lukasz Orsted strasse"), folded);
    }

    @Test
    void textWithoutAnyOfTheLettersIsReturnedAsItIs() {
        String ascii = "Plain ASCII title";
        String accents = "Émile Zola — ¿qué? 李 Æ-free? no: ÅÇ";
        assertSame(ascii, Letters.fold(ascii));
        String accentsOnly = "Émile Zola — ¿qué? 李 ÅÇ";
        assertSame(accentsOnly, Letters.fold(accentsOnly));
        assertEquals(foldedLetterByLetter(accents), Letters.fold(accents));
        assertNull(Letters.fold(null));
    }
}
