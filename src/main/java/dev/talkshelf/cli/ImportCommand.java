package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.service.ImportMerge;
import dev.talkshelf.service.ImportService;
import dev.talkshelf.service.ImportSummary;
import dev.talkshelf.service.TranscriptService;
import dev.talkshelf.service.UserInputException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import PATH... [--format F] [--dry-run] [--json] [--verbose]}: all files or nothing; talks already in the
 * library are merged, and the merges are listed with their reason. {@code import URL} imports a YouTube playlist,
 * channel tab or video through yt-dlp. {@code import FILE.vtt --talk ID} attaches a subtitle file as a talk's transcript.
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

    @Option(names = "--talk", paramLabel = "ID", description = "Attach a subtitle file (.vtt or .srt) to this talk as its transcript.")
    String talk;

    @Option(names = {"-v", "--verbose"}, description = "List every incoming talk merged into (or skipped as) one already in the library.")
    boolean verbose;

    @Override
    public void run() {
        if (talk != null || sources.stream().allMatch(ImportCommand::isSubtitleFile)) {
            attachTranscript();
            return;
        }
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

    /** {@code import FILE.vtt --talk ID}: a subtitle file becomes the talk's transcript. */
    private void attachTranscript() {
        if (talk == null) {
            throw new UserInputException(printable(sources.get(0)) + " is a subtitle file: say which talk it belongs to "
                    + "with --talk ID (or import the folder holding its video)");
        }
        if (sources.size() != 1 || !isSubtitleFile(sources.get(0))) {
            throw new UserInputException("--talk takes one subtitle file (.vtt or .srt)");
        }
        if (format != null || dryRun) {
            throw new UserInputException("--format and --dry-run do not apply to a subtitle file");
        }
        TranscriptService.Attached attached = root.services().transcripts().attach(Ids.parse(talk), path(sources.get(0)));
        PrintWriter out = root.out();
        if (json) {
            var o = Json.MAPPER.createObjectNode();
            o.put("talk", attached.talk().value());
            o.put("language", attached.language());
            o.put("cues", attached.cues());
            o.put("replaced", attached.replaced());
            Json.print(out, o);
        } else {
            out.println(attached.describe());
        }
        out.flush();
    }

    private static boolean isSubtitleFile(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return !ImportService.looksLikeLink(source) && (name.endsWith(".vtt") || name.endsWith(".srt"));
    }

    private static Path path(String source) {
        try {
            return Path.of(source);
        } catch (InvalidPathException e) {
            throw new UserInputException(printable(source) + ": not a valid file name", e);
        }
    }

    /** Imported text goes to a terminal: no control characters (escape sequences) through. */
    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
