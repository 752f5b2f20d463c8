package dev.talkshelf.ui.shared;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.time.Duration;
import java.util.List;

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

    /**
     * Plays several talks one after another in one player instance; the first resumes where it was left. Called on
     * the task runner's worker thread; {@code ended} when the player has gone.
     */
    void playAll(List<Talk> talks, Runnable ended);

    /**
     * Hears where the players this playback started are, for the read-along view. Calls come on the player's own
     * thread: a view model hands them to the FX thread.
     */
    interface PositionListener {
        /** {@code talk} is playing at {@code position} (about once a second while it plays, never while paused). */
        void moved(TalkId talk, Duration position);

        /** {@code talk} is no longer playing (its item ended or the player went away). */
        void stopped(TalkId talk);
    }

    /** Adds a listener for the positions of every talk played from now on; players that report nothing never call it. */
    default void addPositionListener(PositionListener listener) {
    }

    /**
     * Moves the player that is playing {@code talk} to {@code at}. Called on the task runner's worker thread.
     *
     * @return false when no player that can be moved is playing that talk (the caller then starts one)
     */
    default boolean seek(TalkId talk, Duration at) {
        return false;
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

        @Override
        public void playAll(List<Talk> talks, Runnable ended) {
            throw new IllegalStateException("no player in this build");
        }
    };
}
