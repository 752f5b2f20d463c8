package dev.talkshelf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Name keys and topic paths are computed by hand-written loops for speed; these properties hold them to the
 * regular expressions that define them (kept here as the reference), on text mixing ASCII, accents, stroked
 * letters, other scripts, numbers of every kind, marks and punctuation.
 */
class NamesPropertiesTest {

    /** The definition: marks dropped, letters folded, lower case, runs of anything but letters and numbers to one space. */
    private static String referenceKey(String text) {
        if (text == null) {
            return "";
        }
        String plain = Letters.isPlainAscii(text) ? text
                : Letters.fold(Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", ""));
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Optional<String> referencePath(String raw) {
        List<String> segments = new ArrayList<>();
        for (String part : raw.split("/")) {
            String seg = part.strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s_]+", "-")
                    .replaceAll("[^\\p{L}\\p{N}+#.\\-]", "")
                    .replaceAll("-{2,}", "-")
                    .replaceAll("^-|-$", "");
            if (!seg.isEmpty()) {
                segments.add(seg);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings()
                .withChars("aZ09 -_./#+\t\n,;:'\"()&")
                .withChars("éÉłŁøßİıﬁ½²ⅫΣσ日本語\u0301\u00A0\u2009")
                .withCharRange('\u0000', '\u00FF')
                .ofMaxLength(30);
    }

    @Property(tries = 3000)
    void keyEqualsItsDefinition(@ForAll("mixedText") String text) {
        assertEquals(referenceKey(text), Names.key(text));
    }

    @Property(tries = 3000)
    void topicPathEqualsItsDefinition(@ForAll("mixedText") String text) {
        assertEquals(referencePath(text), TopicPath.normalize(text));
    }

    @Provide
    Arbitrary<String> pathLike() {
        return Arbitraries.strings().withChars("ab09-/.+#").ofMaxLength(12);
    }

    @Property(tries = 3000)
    void pathsMadeOfPathCharactersToo(@ForAll("pathLike") String text) {
        assertEquals(referencePath(text), TopicPath.normalize(text));
    }

    @Example
    void keysOfTypicalNames() {
        assertEquals("jason c mcdonald", Names.key("Jason C. McDonald"));
        assertEquals("lukasz langa", Names.key("  Łukasz   Langa "));
        assertEquals("python 3 13", Names.key("Python 3.13!"));
    }
}
