package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.talkshelf.model.Talk;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code playlist next NAME [--json]}: the first talk neither watched nor skipped. A finished playlist is
 * not an error: it prints a message (JSON {@code null}) and exits 0.
 */
@Command(name = "next", description = "The next talk to watch: the first one neither watched nor skipped.")
final class PlaylistNextCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Parameters(paramLabel = "NAME", description = "The playlist.")
    String name;

    @Option(names = "--json", description = "Print the talk as JSON, or null when nothing is left.")
    boolean json;

    @Override
    public void run() {
        Optional<Talk> next = group.playlists().next(name);
        PrintWriter out = group.out();
        if (json) {
            Json.print(out, next.<com.fasterxml.jackson.databind.JsonNode>map(Json.TALKS::summary).orElse(NullNode.getInstance()));
            return;
        }
        if (next.isPresent()) {
            out.println(TalkText.line(next.get()));
        } else {
            out.println("nothing left in \"" + group.playlists().get(name).name() + "\": every talk is watched or skipped");
        }
        out.flush();
    }
}
