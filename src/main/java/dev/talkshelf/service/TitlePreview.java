package dev.talkshelf.service;

import java.util.List;

/**
 * One pasted line as the title parser read it, for the user to check and correct before importing.
 *
 * @param duplicateOf the title of a talk already in the library with the same normalized title; null when new
 */
public record TitlePreview(String line, String title, List<String> speakers, String event, List<String> topics,
                           String duplicateOf) {
    public TitlePreview {
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        topics = List.copyOf(topics == null ? List.of() : topics);
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
