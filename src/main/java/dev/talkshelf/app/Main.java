package dev.talkshelf.app;

import dev.talkshelf.catalog.WriteWaitListener;
import dev.talkshelf.cli.CliEnvironment;
import dev.talkshelf.cli.CliRunner;
import dev.talkshelf.service.LibraryBackups;
import dev.talkshelf.service.Services;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;

/** Entry point of the jar: a command runs on the command line; no command opens the window. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartTimeline timeline = StartTimeline.ofThisProcess();
        timeline.mark("main");
        AppPaths paths = AppPaths.system();
        Logging.toFile(paths.logFile());
        UncaughtErrors.install(paths.logFile().toString());
        // java -jar cannot carry JVM options: an import or a benchmark in a bare JVM runs in one with the launcher's.
        OptionalInt ranElsewhere = CommandJvm.runElsewhereIfBare(args);
        if (ranElsewhere.isPresent()) {
            System.exit(ranElsewhere.getAsInt());
        }
        LibraryOpener opener = new LibraryOpener(paths, Clock.systemDefaultZone());
        if (args.length == 0) {
            // Just the window: straight to it, without loading the command line parser (a tenth of a second).
            WindowLauncher.launch(opener, null, timeline);
            return;
        }
        boolean[] window = {false};
        CliEnvironment environment = new CliEnvironment() {
            @Override
            public Services open(Path libraryOption) {
                return opener.open(libraryOption);
            }

            @Override
            public Services open(Path libraryOption, WriteWaitListener waits) {
                return opener.open(libraryOption, waits);
            }

            @Override
            public LibraryBackups backups(Path libraryOption) {
                return new LibraryBackups(opener.fileFor(libraryOption), Clock.systemUTC());
            }

            @Override
            public void openWindow(Path libraryOption) {
                window[0] = true;
                WindowLauncher.launch(opener, libraryOption, timeline);
            }
        };
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = new CliRunner(environment, out, err, paths.logFile().toString()).run(args);
        if (!window[0] || code != 0) {
            System.exit(code);
        }
    }
}
