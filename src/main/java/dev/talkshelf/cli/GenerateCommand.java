package dev.talkshelf.cli;

import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.service.LibraryGenerator;
import dev.talkshelf.service.Services;
import dev.talkshelf.service.TranscriptGenerator;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code generate --talks N [--seed S] [--transcripts[=PERCENT]]}: a made-up library of N real-shaped talks, for measuring. */
@Command(name = "generate", description = {"Fill an empty library with N made-up talks (PyVideo titles, speakers and "
        + "descriptions recombined; topics, watch states, ratings, notes, playlists) through the import, for measuring.",
        "The same seed gives the same library. Example: talkshelf --library /tmp/100k.db generate --talks 100000 --seed 1",
        "With --transcripts, a share of the talks get made-up transcripts (~900 cues an hour, PyVideo sentences)."})
final class GenerateCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Option(names = "--talks", paramLabel = "N", required = true, description = "How many talks (1 to 10,000,000).")
    int talks;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--transcripts", paramLabel = "PERCENT", arity = "0..1", fallbackValue = "30",
            description = "Give about PERCENT % of the talks a transcript (alone: 30, about 60 MB of cue text at 10,000 talks).")
    Integer transcripts;

    @Override
    public void run() {
        if (transcripts != null && (transcripts < 1 || transcripts > 100)) {
            throw new dev.talkshelf.service.UserInputException("--transcripts must be a share between 1 and 100 (percent of the talks)");
        }
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
        if (transcripts != null) {
            ImportContext.Progress attaching = ProgressBar.forStderr();
            TranscriptGenerator.Generated t;
            try {
                t = new TranscriptGenerator(services.search(), services.transcripts()).generate(seed, transcripts, attaching);
            } finally {
                ProgressBar.finish(attaching);
                services.library().forgetEdits();
            }
            out.printf(Locale.ROOT, "generated %,d transcripts: %,d cues, %,.1f MB of cue text, in %.1f s%n", t.transcripts(),
                    t.cues(), t.characters() / 1e6, t.took().toMillis() / 1000.0);
            out.flush();
        }
    }
}
