package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** A caption line's runs of spaces become one space, as the regular expression did before it was a loop. */
class CaptionTextPropertiesTest {

    @Property(tries = 2000)
    void runsOfSpacesBecomeOneAsTheRegularExpressionMadeThem(
            @ForAll @Chars({' ', ' ', 'a', 'é', '\t', '\u00a0'}) @StringLength(max = 40) String text) {
        assertEquals(text.replaceAll(" {2,}", " "), CaptionText.oneSpaceEach(new StringBuilder(text)));
    }

    @Property(tries = 500)
    void aLineWithTagsReferencesAndSpacesReadsAsItsWordsOnce(
            @ForAll @Chars({' ', 'w', '<', '>', '&', ';', 'b', '\t'}) @StringLength(max = 30) String text) {
        String plain = CaptionText.plain(text);
        assertEquals(plain.strip(), plain);
        assertEquals(-1, plain.indexOf("  "), plain);
    }
}
