package dev.talkshelf.player;

import dev.talkshelf.model.TalkId;
import java.time.Duration;

/**
 * How a player reports back to whoever started it. Calls come on the session's reader thread, so a window
 * must hand them to its own thread; a listener that throws is logged and otherwise ignored.
 */
public interface PlaybackListener {

    PlaybackListener NONE = report -> { };

    /**
     * Where playback is, at most about once a second while playing and never while paused.
     *
     * @param duration null while unknown
     */
    default void progress(TalkId talk, Duration position, Duration duration) {
    }

    /** Called once for each item that was played, when it ends or the player goes away. */
    void finished(PlaybackReport report);
}
