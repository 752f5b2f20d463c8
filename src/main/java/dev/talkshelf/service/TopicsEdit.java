package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.catalog.TopicChange;
import dev.talkshelf.model.TalkId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Topics added to and removed from talks. Undo removes what this edit added (if it is still there) and adds back
 * what it removed (if it is not there again), so a topic another process added or removed since is left alone.
 */
final class TopicsEdit extends WriteEdit {
    private final TalkStore talks;
    private final Map<TalkId, TopicChange> changes;

    TopicsEdit(Database db, TalkStore talks, String description, Map<TalkId, TopicChange> changes) {
        super(db, description);
        this.talks = talks;
        this.changes = new LinkedHashMap<>(changes);
    }

    @Override
    void undoInWrite() {
        for (Map.Entry<TalkId, TopicChange> e : changes.entrySet()) {
            if (!e.getValue().isEmpty() && talks.exists(e.getKey())) {
                talks.changeTopics(e.getKey(), e.getValue().removed(), e.getValue().added());
            }
        }
    }
}
