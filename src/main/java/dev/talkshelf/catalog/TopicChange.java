package dev.talkshelf.catalog;

import java.util.List;

/** What a topic edit actually did to one talk: the paths it added and the paths it removed (each was a real change). */
public record TopicChange(List<String> added, List<String> removed) {
    public static final TopicChange NONE = new TopicChange(List.of(), List.of());

    public TopicChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
