package dev.talkshelf.cli;

import dev.talkshelf.model.TalkId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code playlist remove NAME ID...}. */
@Command(name = "remove", description = "Take talks out of a manual playlist (they stay in the library).")
final class PlaylistRemoveCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Parameters(index = "0", paramLabel = "NAME", description = "The playlist.")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "Talk ids.")
    List<String> ids;

    @Override
    public void run() {
        List<TalkId> talkIds = ids.stream().map(Ids::parse).distinct().toList();
        group.playlists().remove(name, talkIds);
        group.out().println("removed " + PlaylistText.talks(talkIds.size()) + " from \"" + group.playlists().get(name).name() + "\"");
        group.out().flush();
    }
}
