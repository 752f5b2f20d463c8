package dev.talkshelf.ui.talks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Cutting text to a width, with every character 10 wide and the ellipsis 6 wide. */
class TextFitTest {
    private static final IntToDoubleFunction ADVANCE = c -> c == TextFit.ELLIPSIS.codePointAt(0) ? 6 : 10;

    @Test
    void textThatFitsIsLeftWhole() {
        assertEquals("Rust", TextFit.fit("Rust", 40, ADVANCE));
        assertEquals("Rust", TextFit.fit("Rust", 1000, ADVANCE));
    }

    @Test
    void textTooLongKeepsTheLongestStartThatFitsWithTheEllipsis() {
        // 75 wide: 6 characters (60) + "…" (6) fit, 7 characters (70) + "…" do not.
        assertEquals("Metacl…", TextFit.fit("Metaclasses Demystified", 75, ADVANCE));
        assertEquals(66.0, TextFit.width("Metacl…", ADVANCE));
    }

    @Test
    void aCutAfterASpaceDropsTheSpace() {
        assertEquals("Rust…", TextFit.fit("Rust in production", 56, ADVANCE));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
        String text = "ab\uD83E\uDD80cd"; // a, b, a crab (two chars, one code point), c, d
        assertEquals(50.0, TextFit.width(text, ADVANCE));
        assertEquals("ab\uD83E\uDD80…", TextFit.fit(text, 37, ADVANCE));
        assertEquals("ab…", TextFit.fit(text, 35, ADVANCE));
    }

    @Test
    void tooNarrowForAnyCharacterShowsOnlyTheEllipsisOrNothing() {
        assertEquals("…", TextFit.fit("Rust", 8, ADVANCE));
        assertEquals("", TextFit.fit("Rust", 4, ADVANCE));
        assertEquals("", TextFit.fit("", 100, ADVANCE));
        assertEquals("", TextFit.fit(null, 100, ADVANCE));
    }
}
