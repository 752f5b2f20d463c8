package dev.talkshelf.ui.talks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicEditsTest {
    @Test
    void plusAndBareWordsAddMinusRemoves() {
        TopicEdits edits = TopicEdits.parse("  +rust python/typing   -draft ");
        assertEquals(List.of("rust", "python/typing"), edits.add());
        assertEquals(List.of("draft"), edits.remove());
    }

    @Test
    void aLoneSignOrBlankTextNamesNoTopic() {
        assertTrue(TopicEdits.parse(" + - ").isEmpty());
        assertTrue(TopicEdits.parse("   ").isEmpty());
    }
}
