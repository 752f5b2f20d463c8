package dev.talkshelf.model;

import java.util.Objects;

/** A playlist with its progress, as a list of playlists shows it. See {@link PlaylistProgress} for the rules. */
public record PlaylistSummary(Playlist playlist, int watched, int total, long remainingSeconds) {
    public PlaylistSummary {
        Objects.requireNonNull(playlist, "playlist");
    }

    public static PlaylistSummary of(Playlist playlist, PlaylistProgress progress) {
        return new PlaylistSummary(playlist, progress.watched(), progress.total(), progress.remainingSeconds());
    }

    public PlaylistProgress progress() {
        return new PlaylistProgress(watched, total, remainingSeconds);
    }
}
