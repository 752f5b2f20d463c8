package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
    @Test
    void aStretchIsFoundByItsTextNotByItsHashAlone() {
        // "Aa" and "BB" share String.hashCode's value: only the text tells them apart.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        WordTable table = new WordTable(List.of("Aa", "rust"));

        assertEquals("Aa", table.find("x Aa y", 2, 4));
        assertNull(table.find("x BB y", 2, 4));
        assertEquals("rust", table.find("trusty rust", 7, 11));
        assertNull(table.find("trusty rust", 0, 6));
    }

    @Test
    void aWordMissingFromAFullTableIsNotFound() {
        List<String> words = java.util.stream.IntStream.range(0, 500).mapToObj(i -> "w" + i).toList();
        WordTable table = new WordTable(words);

        for (String word : words) {
            assertEquals(word, table.find(" " + word + " ", 1, word.length() + 1));
        }
        assertNull(table.find("w500", 0, 4));
    }
}
