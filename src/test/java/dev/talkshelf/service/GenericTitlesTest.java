package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericTitlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Lightning Talks", "lightning talks", "Lightning talks day 2", "Lightning Talks - Friday",
            "Lightning Talks (Day 3)", "Keynote", "KEYNOTE 2", "Opening", "Opening remarks", "Closing", "Closing Keynote",
            "Welcome", "Panel", "Panel discussion", "Q&A", "Q & A", "Lightning Talks, part II", "Morning keynote"})
    void seriesTitlesAreGeneric(String title) {
        assertTrue(GenericTitles.isGeneric(title), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Keynote: The Future of Python", "Lightning-fast Rust", "Opening the black box",
            "Welcome to the GIL-free world", "A panel of experts on async", "Fearless Concurrency"})
    void titlesWithASubjectAreNotGeneric(String title) {
        assertFalse(GenericTitles.isGeneric(title), title);
    }
}
