package dev.talkshelf.player;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a player saw of one talk in one sitting.
 *
 * @param started    when the player began this item
 * @param from       the first position played
 * @param to         the last position known when the item ended (or the player exited or crashed)
 * @param duration   the talk's length as the player measured it; null for a live stream or when unknown
 * @param reachedEnd true when playback got to the end of the media, not just to a {@code --end} or a quit
 */
public record PlaybackReport(TalkId talk, Instant started, Duration from, Duration to, Duration duration,
                             boolean reachedEnd) {

    public PlaybackReport {
        Objects.requireNonNull(talk, "talk");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The history entry this sitting becomes. */
    public WatchSession session() {
        return new WatchSession(started, from, to);
    }
}
