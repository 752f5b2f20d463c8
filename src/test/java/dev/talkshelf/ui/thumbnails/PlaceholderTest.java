package dev.talkshelf.ui.thumbnails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.talkshelf.model.Talk;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderTest {
    @Test
    void initialsSkipSmallWords() {
        assertEquals("UR", Placeholder.initials("Using Rust in Free-Threaded vs Regular Python"));
        assertEquals("RA", Placeholder.initials("The Rust's Alien Data Types 👽 Box, Rc, Arc"));
        assertEquals("SP", Placeholder.initials("Supercharge your Python library"));
    }

    @Test
    void aTitleOfOneWordOrNoLettersStillGetsSomething() {
        assertEquals("K", Placeholder.initials("Keynote"));
        assertEquals("T", Placeholder.initials("The"));
        assertEquals("?", Placeholder.initials("— !!! —"));
        assertEquals("?", Placeholder.initials(null));
    }

    @Test
    void talksOfOneTopicShareAColourAndTopicsDiffer() {
        Talk a = Talk.titled("A").withTags(List.of("rust", "python"));
        Talk b = Talk.titled("B").withTags(List.of("Rust"));
        assertEquals(Placeholder.colour(a), Placeholder.colour(b));
        assertNotEquals(Placeholder.topicColour("rust"), Placeholder.topicColour("python"));
        assertNotEquals(Placeholder.colour(a), Placeholder.colour(Talk.titled("C")));
    }
}
