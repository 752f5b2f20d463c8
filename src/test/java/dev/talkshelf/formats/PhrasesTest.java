package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    @Test
    void aPhraseIsFoundWhereItsFirstWordStandsAlone() {
        Phrases lightning = Phrases.of(List.of("lightning talk*"));

        assertTrue(lightning.foundIn("day 2: lightning talks"));
        assertTrue(lightning.foundIn("lightning-talks"));
        assertFalse(lightning.foundIn("xlightning talks"), "the look-behind sees the letter before the first word");
        assertFalse(lightning.foundIn("lightning rods"));
    }

    @Test
    void aLaterOccurrenceOfTheFirstWordIsTriedToo() {
        Phrases panel = Phrases.of(List.of("panel", "panel discussion"));

        assertTrue(panel.foundIn("subpanels and then a panel"));
        assertTrue(Phrases.of(List.of("c++")).foundIn("xc++ or c++ again"));
    }

    /** Over every phrase list of the taxonomy and of the title formats: found exactly where the whole pattern finds it. */
    @Test
    void foundWhereAndOnlyWhereThePatternFindsIt() throws Exception {
        List<List<String>> lists = new ArrayList<>();
        List<String> words = new ArrayList<>();
        try (InputStream in = TopicTagger.class.getResourceAsStream("taxonomy.json")) {
            for (JsonNode topic : new ObjectMapper().readTree(in).path("topics")) {
                List<String> phrases = JsonValues.strings(topic, "patterns");
                lists.add(phrases);
                for (String phrase : phrases) {
                    words.addAll(List.of(phrase.toLowerCase(Locale.ROOT).replace("*", "").split("[\\s\\-]+")));
                }
            }
        }
        lists.add(List.of("lightning talk*"));
        lists.add(List.of("tutorial", "workshop"));
        String[] glue = {" ", "", "-", "x", ".", "s ", "ing ", "/", "\n", "é"};
        Random random = new Random(14);
        int found = 0;
        for (int i = 0; i < 4_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(5); w >= 0; w--) {
                text.append(glue[random.nextInt(glue.length)]).append(words.get(random.nextInt(words.size())));
            }
            text.append(glue[random.nextInt(glue.length)]);
            for (List<String> phrases : lists) {
                Phrases p = Phrases.of(phrases);
                boolean expected = p.pattern().matcher(text).find();
                assertEquals(expected, p.foundIn(text.toString()), () -> phrases + " in '" + text + "'");
                found += expected ? 1 : 0;
            }
        }
        assertTrue(found > 1_000, "the texts hit often enough to say something: " + found);
    }
}
