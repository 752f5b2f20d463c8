package dev.talkshelf.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backup [FILE]}: a verified copy of the library, to FILE or into the backups folder beside it. */
@Command(name = "backup", description = "Copy the library (checked with integrity_check) to FILE, or into the backups folder beside it; prints where.")
final class BackupCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where the copy goes (must not exist yet).")
    Path target;

    @Override
    public void run() {
        Path copy = root.backups().backUp(target);
        root.out().println(copy);
        root.out().flush();
    }
}
