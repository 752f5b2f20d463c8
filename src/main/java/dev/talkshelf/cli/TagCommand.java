package dev.talkshelf.cli;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.UserInputException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tag ID... +TOPIC|-TOPIC...}: add and remove topics on talks. */
@Command(name = "tag", description = "Add (+topic) and remove (-topic) topics: tag 3 4 +python/typing -draft")
final class TagCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "ID... +TOPIC|-TOPIC...", arity = "2..*", description = "Talk ids, then topics to add or remove.")
    List<String> args;

    @Override
    public void run() {
        List<TalkId> ids = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("+") && a.length() > 1) {
                add.add(a.substring(1));
            } else if (a.startsWith("-") && a.length() > 1) {
                remove.add(a.substring(1));
            } else if (add.isEmpty() && remove.isEmpty()) {
                ids.add(Ids.parse(a));
            } else {
                throw new UserInputException("\"" + a + "\": topics start with + (add) or - (remove); ids come first");
            }
        }
        if (ids.isEmpty()) {
            throw new UserInputException("give the talk ids first, then +topic or -topic");
        }
        if (add.isEmpty() && remove.isEmpty()) {
            throw new UserInputException("give at least one +topic or -topic");
        }
        root.services().library().changeTopics(ids, add, remove);
        root.out().println("updated topics of " + (ids.size() == 1 ? "1 talk" : ids.size() + " talks"));
        root.out().flush();
    }
}
