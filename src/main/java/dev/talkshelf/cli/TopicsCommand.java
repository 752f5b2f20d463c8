package dev.talkshelf.cli;

import dev.talkshelf.service.LibraryService;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code topics VERB ...}: managing topics for all their talks at once; each verb is its own class. */
@Command(name = "topics", description = "Rename, merge, move or delete a topic (with its subtree) on all its talks.",
        subcommands = {
                TopicsRenameCommand.class,
                TopicsMergeCommand.class,
                TopicsMoveCommand.class,
                TopicsDeleteCommand.class,
        })
final class TopicsCommand {
    @ParentCommand
    TalkShelfCommand root;

    LibraryService library() {
        return root.services().library();
    }

    void done(String what, int talks) {
        PrintWriter out = root.out();
        out.println(what + " (" + (talks == 1 ? "1 talk" : talks + " talks") + ")");
        out.flush();
    }
}
