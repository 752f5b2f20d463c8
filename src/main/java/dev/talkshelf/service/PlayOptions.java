package dev.talkshelf.service;

import java.time.Duration;

/**
 * How to play: a player for this call (null: the one chosen in settings for the talk's kind), extra player
 * arguments, and where to start (null: resume where the user stopped; {@link Duration#ZERO}: from the start).
 */
public record PlayOptions(String player, String playerArgs, Duration from) {
    public static final PlayOptions RESUME = new PlayOptions(null, null, null);
    public static final PlayOptions FROM_START = new PlayOptions(null, null, Duration.ZERO);

    public static PlayOptions at(Duration position) {
        return new PlayOptions(null, null, position);
    }
}
