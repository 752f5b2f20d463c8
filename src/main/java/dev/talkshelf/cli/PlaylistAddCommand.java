package dev.talkshelf.cli;

import dev.talkshelf.model.TalkId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code playlist add NAME ID...}. */
@Command(name = "add", description = "Append talks to a manual playlist.")
final class PlaylistAddCommand implements Runnable {
    @ParentCommand
    PlaylistCommand group;

    @Parameters(index = "0", paramLabel = "NAME", description = "The playlist.")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "Talk ids, in the order to append them.")
    List<String> ids;

    @Override
    public void run() {
        List<TalkId> talkIds = ids.stream().map(Ids::parse).toList();
        int added = group.playlists().add(name, talkIds);
        int already = (int) talkIds.stream().distinct().count() - added;
        group.out().println("added " + PlaylistText.talks(added) + " to \"" + group.playlists().get(name).name() + "\""
                + (already > 0 ? " (" + already + " already in it)" : ""));
        group.out().flush();
    }
}
