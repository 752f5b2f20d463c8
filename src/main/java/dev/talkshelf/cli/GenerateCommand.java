package dev.talkshelf.cli;

import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.service.LibraryGenerator;
import dev.talkshelf.service.Services;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code generate --talks N [--seed S]}: a made-up library of N real-shaped talks, for measuring. */
@Command(name = "generate", description = {"Fill an empty library with N made-up talks (PyVideo titles, speakers and "
        + "descriptions recombined; topics, watch states, ratings, notes, playlists) through the import, for measuring.",
        "The same seed gives the same library. Example: talkshelf --library /tmp/100k.db generate --talks 100000 --seed 1"})
final class GenerateCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Option(names = "--talks", paramLabel = "N", required = true, description = "How many talks (1 to 10,000,000).")
    int talks;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void run() {
        Services services = root.services();
        ImportContext.Progress progress = ProgressBar.forStderr();
        LibraryGenerator.Generated g;
        try {
            g = new LibraryGenerator(services.imports(), services.library(), services.playlists()).generate(talks, seed, progress);
        } finally {
            ProgressBar.finish(progress);
        }
        PrintWriter out = root.out();
        out.printf(Locale.ROOT, "generated %,d talks and %,d playlists (seed %d) in %.1f s into %s%n", g.talks(), g.playlists(),
                seed, g.took().toMillis() / 1000.0, services.libraryFile());
        out.flush();
    }
}
