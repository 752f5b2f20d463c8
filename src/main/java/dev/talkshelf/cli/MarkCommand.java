package dev.talkshelf.cli;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.UserInputException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code mark ID... unwatched|in-progress|watched|skipped}. */
@Command(name = "mark", description = "Set the watch status of talks: mark ID... unwatched|in-progress|watched|skipped")
final class MarkCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "ID... STATUS", arity = "2..*", description = "Talk ids, then the status.")
    List<String> args;

    @Override
    public void run() {
        String statusText = args.get(args.size() - 1);
        WatchStatus status = WatchStatus.parse(statusText).orElseThrow(() -> new UserInputException(
                "\"" + statusText + "\" is not a status; use unwatched, in-progress, watched or skipped"));
        List<TalkId> ids = args.subList(0, args.size() - 1).stream().map(Ids::parse).toList();
        root.services().watch().mark(ids, status);
        root.out().println("marked " + (ids.size() == 1 ? "1 talk " : ids.size() + " talks ") + status.label());
        root.out().flush();
    }
}
