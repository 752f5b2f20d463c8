package dev.talkshelf.cli;

import dev.talkshelf.service.UserInputException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export --format json --output FILE}. */
@Command(name = "export", description = "Write talks to a file.")
final class ExportCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Option(names = "--format", paramLabel = "F", defaultValue = "json", description = "json (default).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    @Override
    public void run() {
        if (!format.equals("json")) {
            throw new UserInputException("unknown export format \"" + format + "\"; use json");
        }
        int n = root.services().exports().exportLibrary(output);
        root.out().println("exported " + n + (n == 1 ? " talk" : " talks") + " to " + output);
        root.out().flush();
    }
}
