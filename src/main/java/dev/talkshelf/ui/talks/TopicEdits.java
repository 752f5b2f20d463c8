package dev.talkshelf.ui.talks;

import java.util.ArrayList;
import java.util.List;

/**
 * What "Edit topics" typed means: {@code +topic} (or a bare word) adds, {@code -topic} removes; a lone sign
 * names nothing and is dropped.
 */
public record TopicEdits(List<String> add, List<String> remove) {
    public TopicEdits {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }

    public static TopicEdits parse(String text) {
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            if (word.startsWith("-")) {
                keep(remove, word.substring(1));
            } else {
                keep(add, word.startsWith("+") ? word.substring(1) : word);
            }
        }
        return new TopicEdits(add, remove);
    }

    private static void keep(List<String> into, String topic) {
        if (!topic.isBlank()) {
            into.add(topic);
        }
    }

    public boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty();
    }
}
