package dev.talkshelf.model;

import java.util.Objects;

/**
 * A playlist with its progress, as a list of playlists shows it. See {@link PlaylistProgress} for the rules.
 *
 * @param problem why a smart playlist's saved query cannot be run (it names a playlist since renamed, or was saved
 *                by an older TalkShelf); null for a playlist that works. A broken playlist counts no progress.
 */
public record PlaylistSummary(Playlist playlist, int watched, int total, long remainingSeconds, String problem) {
    public PlaylistSummary {
        Objects.requireNonNull(playlist, "playlist");
    }

    public PlaylistSummary(Playlist playlist, int watched, int total, long remainingSeconds) {
        this(playlist, watched, total, remainingSeconds, null);
    }

    public static PlaylistSummary of(Playlist playlist, PlaylistProgress progress) {
        return new PlaylistSummary(playlist, progress.watched(), progress.total(), progress.remainingSeconds());
    }

    /** A smart playlist whose query cannot be run, with the reason. */
    public static PlaylistSummary broken(Playlist playlist, String problem) {
        return new PlaylistSummary(playlist, 0, 0, 0, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isBroken() {
        return problem != null;
    }

    public PlaylistProgress progress() {
        return new PlaylistProgress(watched, total, remainingSeconds);
    }
}
