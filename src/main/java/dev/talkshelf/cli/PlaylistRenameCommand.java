package dev.talkshelf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code playlist rename OLD NEW}. */
@Command(name = "rename", description = "Rename a playlist.")
final class PlaylistRenameCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Parameters(index = "0", paramLabel = "OLD", description = "The playlist's name now.")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW", description = "Its new name.")
    String newName;

    @Override
    public void run() {
        group.playlists().rename(oldName, newName);
        group.out().println("renamed \"" + oldName.strip() + "\" to \"" + newName.strip() + "\"");
        group.out().flush();
    }
}
