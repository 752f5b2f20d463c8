package dev.talkshelf.cli;

import dev.talkshelf.model.PlaylistView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code playlist show NAME [--json]}: the talks in order and the progress. */
@Command(name = "show", description = "Show a playlist's talks in order and how far you are.")
final class PlaylistShowCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Parameters(paramLabel = "NAME", description = "The playlist.")
    String name;

    @Option(names = "--json", description = "Print {name, query, talks, progress} as JSON.")
    boolean json;

    @Override
    public void run() {
        PlaylistView view = group.playlists().show(name);
        PrintWriter out = group.out();
        if (json) {
            Json.print(out, PlaylistText.view(Json.MAPPER, Json.TALKS, view));
            return;
        }
        out.println(view.playlist().name() + (view.playlist().isSmart() ? "  (smart: " + view.playlist().query() + ")" : ""));
        for (int i = 0; i < view.talks().size(); i++) {
            out.println(String.format("%3d. ", i + 1) + TalkText.line(view.talks().get(i)));
        }
        out.println(PlaylistText.progress(view.progress()));
        out.flush();
    }
}
