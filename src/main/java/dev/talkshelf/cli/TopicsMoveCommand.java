package dev.talkshelf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code topics move TOPIC PARENT}. */
@Command(name = "move", description = "Move a topic and its subtree under another parent (django under python -> python/django).")
final class TopicsMoveCommand implements Runnable {
    @ParentCommand
    TopicsCommand group;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic to move.")
    String topic;

    @Parameters(index = "1", paramLabel = "PARENT", description = "The topic to put it under.")
    String parent;

    @Override
    public void run() {
        int talks = group.library().moveTopic(topic, parent);
        group.done("moved " + topic + " under " + parent, talks);
    }
}
