package dev.talkshelf.model;

import java.util.List;

/**
 * A topic in the topic tree with the number of talks under it; a talk tagged with a child topic counts once
 * for the parent too, however many of the parent's children it has.
 */
public record TopicNode(String path, long count, List<TopicNode> children) {
    public TopicNode {
        children = List.copyOf(children);
    }

    /** The last segment of the path, as the tree shows it. */
    public String name() {
        return TopicPath.leaf(path);
    }
}
