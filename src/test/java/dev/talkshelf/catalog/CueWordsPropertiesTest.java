package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A cue's packed bytes and its text count the searched terms alike: the bytes are first looked through eight at a time
 * for a term's first two letters (most cues are done with there), the text never is, so a cue the look skipped wrongly
 * shows here as a count that differs.
 */
class CueWordsPropertiesTest {
    private static final String[] PIECES = {"py", "Py", "PY", "python", "Python", "pythonic", "p", "y", "yp", "thon",
        "gil", "GIL", "g", "interpreter", "machine", "learning", "a", "A", "ä", "Pýthon", "técnicas", "2024", "2",
        " ", " ", " ", "  ", ",", ".", "-", "’", "'", "\t", "🐍", "x", "q", "ß"};

    @Provide
    Arbitrary<String> cues() {
        return Arbitraries.of(PIECES).list().ofMaxSize(24).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<List<String>> terms() {
        return Arbitraries.of("python", "py", "p", "y", "gil", "a", "2024", "2", "machine learning", "a py",
                "tecnicas", "pythonic", "yp", "g", "thon", "x").list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 3000)
    void bytesAndTextCountAlike(@ForAll("cues") String cue, @ForAll("terms") List<String> terms,
                                @ForAll("cues") String before, @ForAll("cues") String after) {
        byte[] text = cue.getBytes(StandardCharsets.UTF_8);
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] raw = (before + cue + after).getBytes(StandardCharsets.UTF_8);
        CueWords words = CueWords.of(terms);
        assertEquals(words.held(cue), words.held(raw, head.length, text.length), terms + " in \"" + cue + "\"");
    }
}
