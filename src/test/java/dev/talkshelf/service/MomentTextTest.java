package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Moment;
import org.junit.jupiter.api.Test;

/** How a moment's text is cut around its match: the details pane shows it on one line, so the match comes early. */
class MomentTextTest {
    private static final String BEFORE = "Then there is the question of what the module declares when it is imported. ";
    private static final String CUE = "If a module does not say it supports running without the global interpreter lock, "
            + "the interpreter turns it back on.";

    @Test
    void theMatchStandsWithinThirtyOneCharactersOfTheStartEvenInAShortText() {
        String text = BEFORE + CUE;
        int focus = text.indexOf("global");
        String cut = MomentText.cut(text, focus);
        assertTrue(cut.startsWith("…"), cut);
        assertTrue(cut.indexOf("global") <= 31, () -> "the match is " + cut.indexOf("global") + " characters in: " + cut);
        assertTrue(cut.endsWith("the interpreter turns it back on."), cut);
    }

    @Test
    void aMatchNearTheStartKeepsTheWholeShortText() {
        assertEquals("more gil gil gil the gil bye", MomentText.cut(" more gil gil gil the gil bye ", 6));
    }

    @Test
    void aLongTextIsCutAtSpacesToTheLimitOnBothSides() {
        String text = "word ".repeat(60) + "needle " + "word ".repeat(60);
        String cut = MomentText.cut(text, text.indexOf("needle"));
        assertTrue(cut.startsWith("…") && cut.endsWith("…"), cut);
        assertTrue(cut.length() <= Moment.MAX_TEXT + 2, cut);
        assertTrue(cut.indexOf("needle") <= 31, cut);
        assertTrue(!cut.contains("wor…") && !cut.contains("…ord"), "cut inside a word: " + cut);
    }
}
