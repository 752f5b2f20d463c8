package dev.talkshelf.model;

/** How far the user got through one top-level topic: talks watched of all talks under it. */
public record TopicProgress(String topic, long watched, long total) {
    public long unwatched() {
        return total - watched;
    }
}
