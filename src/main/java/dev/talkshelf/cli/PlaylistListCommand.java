package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talkshelf.model.PlaylistSummary;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code playlist list [--json]}. */
@Command(name = "list", description = "List playlists with their progress.")
final class PlaylistListCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Option(names = "--json", description = "Print a JSON array of {name, query, watched, total, remaining_seconds}.")
    boolean json;

    @Override
    public void run() {
        List<PlaylistSummary> all = group.playlists().list();
        PrintWriter out = group.out();
        if (json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            all.forEach(s -> array.add(PlaylistText.summary(Json.MAPPER, s)));
            Json.print(out, array);
            return;
        }
        if (all.isEmpty()) {
            out.println("no playlists yet; create one with: talkshelf playlist create NAME");
        }
        for (PlaylistSummary s : all) {
            out.println(PlaylistText.line(s));
        }
        out.flush();
    }
}
