package dev.talkshelf.cli;

import dev.talkshelf.service.PlaylistService;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code playlist VERB ...}: the group; each verb is its own class. */
@Command(name = "playlist", description = "Manual, smart and budget study playlists.",
        subcommands = {
                PlaylistCreateCommand.class,
                PlaylistAddCommand.class,
                PlaylistRemoveCommand.class,
                PlaylistMoveCommand.class,
                PlaylistRenameCommand.class,
                PlaylistDeleteCommand.class,
                PlaylistListCommand.class,
                PlaylistShowCommand.class,
                PlaylistNextCommand.class,
        })
final class PlaylistCommand {
    @ParentCommand
    TalkShelfCommand root;

    PlaylistService playlists() {
        return root.services().playlists();
    }

    PrintWriter out() {
        return root.out();
    }
}
