package dev.talkshelf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code playlist delete NAME}: the talks stay in the library. */
@Command(name = "delete", description = "Delete a playlist (never its talks).")
final class PlaylistDeleteCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Parameters(paramLabel = "NAME", description = "The playlist.")
    String name;

    @Override
    public void run() {
        String shown = group.playlists().get(name).name();
        group.playlists().delete(name);
        group.out().println("deleted playlist \"" + shown + "\"");
        group.out().flush();
    }
}
