package dev.talkshelf.cli;

import dev.talkshelf.service.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code playlist move NAME ID POSITION}: positions count from 1. */
@Command(name = "move", description = "Move a talk of a manual playlist to a position (1 is the top).")
final class PlaylistMoveCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Parameters(index = "0", paramLabel = "NAME", description = "The playlist.")
    String name;

    @Parameters(index = "1", paramLabel = "ID", description = "The talk to move.")
    String id;

    @Parameters(index = "2", paramLabel = "POSITION", description = "Where it goes, counting from 1.")
    String position;

    @Override
    public void run() {
        int to;
        try {
            to = Integer.parseInt(position.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("\"" + position + "\" is not a position; positions count from 1");
        }
        group.playlists().move(name, Ids.parse(id), to);
        group.out().println("moved talk " + id.strip() + " to position " + to + " of \"" + group.playlists().get(name).name() + "\"");
        group.out().flush();
    }
}
