package dev.talkshelf.cli;

import dev.talkshelf.catalog.WriteWaitListener;
import java.io.PrintWriter;
import java.time.Duration;

/** Tells the person at the terminal, once, that a command is waiting for another TalkShelf, not stuck. */
final class WaitingNotice implements WriteWaitListener {
    static final String TEXT = "waiting for another TalkShelf to finish ...";
    private final PrintWriter err;
    private boolean told;

    WaitingNotice(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void waiting() {
        if (!told) {
            told = true;
            err.println("talkshelf: " + TEXT);
            err.flush();
        }
    }

    @Override
    public void done(Duration waited) {
    }
}
