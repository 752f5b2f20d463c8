package dev.talkshelf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code topics rename OLD NEW}. */
@Command(name = "rename", description = "Rename a topic and everything below it (py -> python moves py/typing to python/typing).")
final class TopicsRenameCommand implements Runnable {
    @ParentCommand
    TopicsCommand group;

    @Parameters(index = "0", paramLabel = "OLD", description = "The topic's path now.")
    String oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "Its new path.")
    String newPath;

    @Override
    public void run() {
        int talks = group.library().renameTopic(oldPath, newPath);
        group.done("renamed " + oldPath + " to " + newPath, talks);
    }
}
