package dev.talkshelf.player;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to play and how.
 *
 * @param items     one talk, or a playlist played in one player in this order
 * @param start     where the first item starts (resume, or a note's time); zero for the beginning
 * @param player    the player for this call; null to use the settings for the media's kind
 * @param extraArgs arguments appended to the player's command ({@code --player-args})
 */
public record PlayRequest(List<PlayItem> items, Duration start, PlayerChoice player, List<String> extraArgs) {

    public PlayRequest {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to play");
        }
        start = start == null ? Duration.ZERO : start;
        if (start.isNegative()) {
            throw new IllegalArgumentException("a start position cannot be negative");
        }
        extraArgs = List.copyOf(extraArgs == null ? List.of() : extraArgs);
    }

    public static PlayRequest of(PlayItem... items) {
        return new PlayRequest(List.of(items), Duration.ZERO, null, List.of());
    }

    public static PlayRequest of(List<PlayItem> items) {
        return new PlayRequest(items, Duration.ZERO, null, List.of());
    }

    public PlayRequest from(Duration newStart) {
        return new PlayRequest(items, newStart, player, extraArgs);
    }

    public PlayRequest with(PlayerChoice newPlayer) {
        return new PlayRequest(items, start, newPlayer, extraArgs);
    }

    public PlayRequest withExtraArgs(List<String> newArgs) {
        return new PlayRequest(items, start, player, Objects.requireNonNull(newArgs));
    }

    /** Takes a {@code --player-args} string, split without a shell. */
    public PlayRequest withExtraArgs(String line) {
        return withExtraArgs(ArgumentSplitter.split(line));
    }
}
