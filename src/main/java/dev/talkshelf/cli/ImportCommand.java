package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.service.ImportMerge;
import dev.talkshelf.service.ImportService;
import dev.talkshelf.service.UserInputException;
import dev.talkshelf.service.ImportSummary;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import PATH... [--format F] [--dry-run] [--json] [--verbose]}: all files or nothing; talks already in the
 * library are merged, and the merges are listed with their reason. {@code import URL} imports a YouTube playlist,
 * channel tab or video through yt-dlp.
 */
@Command(name = "import", description = {"Import talks from files or folders, or from one http(s) link to a YouTube playlist, channel or video "
        + "(needs yt-dlp). All or nothing: a bad file, a cancel or a crash changes nothing.",
        "Talks already in the library (same video, same file, or same title and speakers) are merged into them; --verbose lists the merges."})
final class ImportCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files or folders to import, or one link (https://...).")
    List<String> sources;

    @Option(names = "--format", paramLabel = "F", description = "Read as this format instead of detecting it.")
    String format;

    @Option(names = "--dry-run", description = "Show what would be imported; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print JSON (with --dry-run: the talks that would be added).")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "List every incoming talk merged into (or skipped as) one already in the library.")
    boolean verbose;

    @Override
    public void run() {
        ImportContext.Progress progress = ProgressBar.forStderr();
        ImportSummary summary;
        try {
            summary = importSources(progress);
        } finally {
            ProgressBar.finish(progress);
        }
        PrintWriter out = root.out();
        if (json) {
            if (dryRun) {
                ArrayNode array = Json.MAPPER.createArrayNode();
                summary.preview().forEach(t -> array.add(Json.TALKS.summary(t)));
                Json.print(out, array);
            } else {
                var o = Json.MAPPER.createObjectNode();
                o.put("added", summary.added());
                o.put("merged", summary.merged());
                o.put("skipped", summary.skipped());
                ArrayNode lists = o.putArray("playlists");
                summary.playlists().forEach(lists::add);
                ArrayNode merges = o.putArray("merges");
                ArrayNode duplicates = o.putArray("duplicates");
                for (ImportMerge m : summary.matches()) {
                    var entry = (m.changed() ? merges : duplicates).addObject();
                    entry.put("incoming", m.incoming());
                    entry.put("into", m.into().value());
                    entry.put("title", m.title());
                    entry.put("why", m.why());
                }
                Json.print(out, o);
            }
            return;
        }
        if (dryRun) {
            summary.preview().forEach(t -> out.println(TalkText.line(t)));
        }
        if (verbose) {
            for (ImportMerge m : summary.matches()) {
                out.println((m.changed() ? "merged  " : "skipped ") + printable(m.incoming()) + "  ->  "
                        + m.into().value() + " " + printable(m.title()) + "  (" + m.why() + ")");
            }
        }
        out.println(summary.describe());
        out.flush();
    }

    private ImportSummary importSources(ImportContext.Progress progress) {
        ImportService imports = root.services().imports();
        if (sources.stream().anyMatch(ImportService::looksLikeLink)) {
            if (sources.size() > 1) {
                throw new UserInputException("import a link on its own, not together with other links or files");
            }
            if (format != null) {
                throw new UserInputException("--format does not apply to a link (yt-dlp reads it)");
            }
            return imports.importLink(sources.get(0), dryRun, progress, () -> false);
        }
        List<Path> paths = new ArrayList<>();
        for (String source : sources) {
            try {
                paths.add(Path.of(source));
            } catch (InvalidPathException e) {
                throw new UserInputException(printable(source) + ": not a valid file name", e);
            }
        }
        return imports.importPaths(paths, format, dryRun, progress);
    }

    /** Imported text goes to a terminal: no control characters (escape sequences) through. */
    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
