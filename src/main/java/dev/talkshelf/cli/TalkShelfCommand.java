package dev.talkshelf.cli;

import dev.talkshelf.service.LibraryBackups;
import dev.talkshelf.service.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: with a command it runs it on the library; without one it opens the window. */
@Command(name = "talkshelf",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT, // every command answers --help and --version, not only the root
        versionProvider = VersionProvider.class,
        description = "Organize the tech talks you mean to watch. Without a command, opens the window.",
        subcommands = {
                ImportCommand.class,
                SearchCommand.class,
                TagsCommand.class,
                TopicsCommand.class,
                SpeakersCommand.class,
                EventsCommand.class,
                ShowCommand.class,
                MarkCommand.class,
                TagCommand.class,
                ExportCommand.class,
                PlaylistCommand.class,
                NoteCommand.class,
                PlayCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                BenchCommand.class,
                GenerateCommand.class,
                HelpCommand.class,
        })
public final class TalkShelfCommand implements Runnable, AutoCloseable {

    @Option(names = "--library", paramLabel = "FILE",
            description = "The library file to use (default: $TALKSHELF_LIBRARY, else the per-user library).")
    Path library;

    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;
    private Services services;
    private PrintWriter out;

    public TalkShelfCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        environment.openWindow(library);
    }

    /** The library's services, opened on first use and closed when the command ends. */
    Services services() {
        if (services == null) {
            services = environment.open(library, new WaitingNotice(spec.commandLine().getErr()));
        }
        return services;
    }

    /** Backing up and restoring the library file; works without opening it. */
    LibraryBackups backups() {
        return environment.backups(library);
    }

    /** Standard output through {@link TerminalText}: nothing a command prints can carry a control character. */
    PrintWriter out() {
        if (out == null) {
            out = TerminalText.printer(spec.commandLine().getOut());
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
