package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.service.ImportSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import PATH... [--format F] [--dry-run] [--json]}: all files in one transaction, or nothing. */
@Command(name = "import", description = "Import talks from files or folders. All or nothing: a bad file changes nothing.")
final class ImportCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "F", description = "Read as this format instead of detecting it.")
    String format;

    @Option(names = "--dry-run", description = "Show what would be imported; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print JSON (with --dry-run: the talks that would be added).")
    boolean json;

    @Override
    public void run() {
        ImportContext.Progress progress = ProgressBar.forStderr();
        ImportSummary summary;
        try {
            summary = root.services().imports().importPaths(paths, format, dryRun, progress);
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
                Json.print(out, o);
            }
            return;
        }
        if (dryRun) {
            summary.preview().forEach(t -> out.println(TalkText.line(t)));
        }
        out.println(summary.describe());
        out.flush();
    }
}
