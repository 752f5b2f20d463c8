package dev.talkshelf.player;

import java.time.Duration;

/** A running player started by {@link PlayerLauncher}. */
public interface PlaybackHandle {

    PlayerKind player();

    /** True when this player reports progress and finished items; false for players that are only launched. */
    boolean tracked();

    /** The operating system's id of the player process. */
    long pid();

    /**
     * Waits until the player has exited and, for a tracked player, every report has been delivered.
     *
     * @return the player's exit code
     */
    int awaitExit() throws InterruptedException;

    /** @return false when the player is still running after {@code timeout} */
    boolean awaitExit(Duration timeout) throws InterruptedException;

    /**
     * Moves the playing item to {@code at} (the read-along view's click on a cue).
     *
     * @return false when this player cannot be told where to go (only launched, or already gone)
     */
    default boolean seek(Duration at) {
        return false;
    }

    /** Asks the player to quit (politely first); reports for the current item still arrive. */
    void stop();
}
