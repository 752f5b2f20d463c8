package dev.talkshelf.cli;

import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export [QUERY] [--playlist NAME] --format json|csv|m3u|xspf|markdown --output FILE}. */
@Command(name = "export", description = "Write talks to a file: the whole library, a query's talks, or a playlist.")
final class ExportCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Only the talks this query finds (default: all).")
    List<String> query = List.of();

    @Option(names = "--playlist", paramLabel = "NAME", description = "Only this playlist's talks, in its order.")
    String playlist;

    @Option(names = "--format", paramLabel = "F", defaultValue = "json",
            description = "json (lossless, default), csv, m3u (M3U8), xspf, or markdown (study notes: notes with links to their moments).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    @Override
    public void run() {
        Services s = root.services();
        int n = s.exports().export(String.join(" ", query), playlist, format, output, s.search(), s.playlists());
        root.out().println("exported " + n + (n == 1 ? " talk" : " talks") + " to " + output);
        root.out().flush();
    }
}
