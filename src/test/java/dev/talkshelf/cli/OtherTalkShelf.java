package dev.talkshelf.cli;

import dev.talkshelf.app.Library;
import dev.talkshelf.service.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A second TalkShelf on the same library file, as a user's shell runs it beside the window: each command opens
 * the file afresh in a library of its own (its own connection), runs through the command line, and closes it.
 */
public final class OtherTalkShelf {
    private final Path library;

    public OtherTalkShelf(Path library) {
        this.library = library;
    }

    /** Runs one command line that must succeed, and returns what it printed. */
    public String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment() {
            @Override
            public Services open(Path libraryOption) {
                return Library.open(library, Clock.systemUTC());
            }

            @Override
            public void openWindow(Path libraryOption) {
                throw new AssertionError("no window here");
            }
        };
        int code = new CliRunner(env, new PrintWriter(out), new PrintWriter(err), "the log").run(args);
        if (code != 0) {
            throw new AssertionError("talkshelf " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }
}
