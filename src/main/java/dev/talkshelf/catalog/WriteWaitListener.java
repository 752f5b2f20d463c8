package dev.talkshelf.catalog;

import java.time.Duration;

/**
 * Told when a write has waited more than a second for the library (another TalkShelf, or another task of this one,
 * is writing), and when it got in or gave up. Called on the waiting thread; keep it quick.
 */
public interface WriteWaitListener {
    WriteWaitListener NONE = new WriteWaitListener() {
        @Override
        public void waiting() {
        }

        @Override
        public void done(Duration waited) {
        }
    };

    /** A write has waited a second so far, and waits on. */
    void waiting();

    /** The write that was {@link #waiting} got in (or gave up) after {@code waited}. */
    void done(Duration waited);
}
