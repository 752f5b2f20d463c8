package dev.talkshelf.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code restore FILE}: replaces the library with a backup, after backing up the current one. */
@Command(name = "restore", description = "Replace the library with the backup FILE (checked first); the current library is backed up before.")
final class RestoreCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "FILE", description = "A TalkShelf library or backup copy.")
    Path from;

    @Override
    public void run() {
        var backups = root.backups();
        var saved = backups.restore(from);
        root.out().println("restored " + backups.library() + " from " + from.toAbsolutePath());
        saved.ifPresent(p -> root.out().println("the library it replaced is kept as " + p));
        root.out().flush();
    }
}
