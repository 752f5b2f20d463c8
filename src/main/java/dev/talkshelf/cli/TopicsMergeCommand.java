package dev.talkshelf.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code topics merge FROM... INTO}. */
@Command(name = "merge", description = "Merge topics (with their subtrees) into the last one named.")
final class TopicsMergeCommand implements Runnable {
    @ParentCommand
    TopicsCommand group;

    @Parameters(arity = "2..*", paramLabel = "TOPIC", description = "FROM... INTO: the topics to merge, then the one they become.")
    List<String> topics;

    @Override
    public void run() {
        List<String> from = topics.subList(0, topics.size() - 1);
        String into = topics.get(topics.size() - 1);
        int talks = group.library().mergeTopics(from, into);
        group.done("merged " + String.join(", ", from) + " into " + into, talks);
    }
}
