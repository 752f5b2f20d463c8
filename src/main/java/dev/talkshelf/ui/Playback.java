package dev.talkshelf.ui;

import dev.talkshelf.model.Talk;
import java.time.Duration;

/**
 * Starting a talk in a player, as the window needs it. The app hands in the player package's launcher;
 * until a player is wired, {@link #NONE} makes the window disable its Play actions instead of pretending.
 * {@link #play} is called on the task runner's worker thread, never on the FX thread.
 */
public interface Playback {

    boolean available();

    /** Starts playing at {@code from} (null: where the user left off). */
    void play(Talk talk, Duration from);

    Playback NONE = new Playback() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void play(Talk talk, Duration from) {
            throw new IllegalStateException("no player in this build");
        }
    };
}
