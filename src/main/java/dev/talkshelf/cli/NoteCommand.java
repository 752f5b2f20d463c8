package dev.talkshelf.cli;

import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.Note;
import dev.talkshelf.service.UserInputException;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code note ID TEXT... [--at 12:34]}: a note on a talk, found by search afterwards. */
@Command(name = "note", description = "Add a note to a talk, optionally at a time in it: note 3 \"the GIL trick\" --at 12:34")
final class NoteCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(index = "0", paramLabel = "ID", description = "The talk's id.")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The note (several words are joined with spaces).")
    List<String> text;

    @Option(names = "--at", paramLabel = "TIME", description = "Where in the talk: mm:ss, h:mm:ss or seconds.")
    String at;

    @Override
    public void run() {
        Duration when = null;
        if (at != null) {
            when = DurationText.parse(at).orElseThrow(() -> new UserInputException(
                    "--at \"" + at + "\" is not a time in the talk; use mm:ss, h:mm:ss or seconds (e.g. 12:34)"));
        }
        Note note = root.services().library().addNote(Ids.parse(id), when, String.join(" ", text));
        root.out().println("added a note to talk " + note.talk() + (note.at() == null ? "" : " at " + DurationText.clock(note.at())));
        root.out().flush();
    }
}
