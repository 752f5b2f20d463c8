package dev.talkshelf.cli;

import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.service.UserInputException;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code playlist create NAME [--query Q] [--budget 90m]}. */
@Command(name = "create", description = {
        "Create a playlist: manual (no options), smart (--query: always what the query finds),",
        "or filled from a query within a time budget (--query and --budget)."})
final class PlaylistCreateCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Parameters(paramLabel = "NAME", description = "The playlist's name (quote names with spaces).")
    String name;

    @Option(names = "--query", paramLabel = "Q", description = "A search query: makes a smart playlist, or with --budget picks the talks.")
    String query;

    @Option(names = "--budget", paramLabel = "TIME", description = "Fill a manual playlist from --query up to this much time: 90m, 1h30m, 45:00 or seconds.")
    String budget;

    @Override
    public void run() {
        Playlist p;
        if (budget != null) {
            if (query == null || query.isBlank()) {
                throw new UserInputException("--budget needs --query to choose the talks from");
            }
            Duration limit = DurationText.parse(budget).orElseThrow(() -> new UserInputException(
                    "\"" + budget + "\" is not a time; use 90m, 1h30m, 45:00 or seconds"));
            p = group.playlists().createWithBudget(name, query, limit);
            var progress = group.playlists().progress(p.name());
            group.out().println("created \"" + p.name() + "\" with " + PlaylistText.talks(progress.total()) + ", "
                    + DurationText.clock(Duration.ofSeconds(progress.remainingSeconds())) + " to watch");
        } else if (query != null) {
            p = group.playlists().createSmart(name, query);
            group.out().println("created smart playlist \"" + p.name() + "\": " + p.query());
        } else {
            p = group.playlists().create(name);
            group.out().println("created playlist \"" + p.name() + "\"");
        }
        group.out().flush();
    }
}
