package dev.talkshelf.ui.shared;

import dev.talkshelf.model.Talk;
import java.time.Duration;

/**
 * Starting a talk in a player, as the window needs it: {@link ServicePlayback} in the app; {@link #NONE} where
 * no player may run (tests), which makes the window disable its Play actions instead of pretending.
 * {@link #play} is called on the task runner's worker thread, never on the FX thread.
 */
public interface Playback {

    boolean available();

    /**
     * Starts playing at {@code from} (null: where the user left off) and returns once the player runs.
     * {@code progressed} is called (on some other thread, about once a second) after the player's position was
     * stored, so the window can move the row's progress; {@code ended} when the player has gone and what was
     * watched is stored.
     */
    void play(Talk talk, Duration from, Runnable progressed, Runnable ended);

    /** Plays several talks one after another in one player instance; the first resumes where it was left. */
    default void playAll(java.util.List<Talk> talks, Runnable ended) {
        throw new IllegalStateException("no player in this build");
    }

    Playback NONE = new Playback() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void play(Talk talk, Duration from, Runnable progressed, Runnable ended) {
            throw new IllegalStateException("no player in this build");
        }
    };
}
