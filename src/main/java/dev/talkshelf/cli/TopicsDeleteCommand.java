package dev.talkshelf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code topics delete TOPIC}. */
@Command(name = "delete", description = "Take a topic and its subtree off every talk (the talks stay).")
final class TopicsDeleteCommand implements Runnable {
    @ParentCommand
    TopicsCommand group;

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic to delete.")
    String topic;

    @Override
    public void run() {
        int talks = group.library().deleteTopic(topic);
        group.done("deleted " + topic, talks);
    }
}
