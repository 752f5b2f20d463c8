package dev.talkshelf.model;

import java.util.List;
import java.util.Objects;

/**
 * A playlist opened: its talks in playlist order (for a smart playlist, the query's order) and its progress.
 * When the view was asked for a page, {@code talks} is that page while {@code progress} covers the whole playlist.
 * The talks are {@linkplain Talk#listed() listed}: read without their descriptions, as a list shows them.
 */
public record PlaylistView(Playlist playlist, List<Talk> talks, PlaylistProgress progress) {
    public PlaylistView {
        Objects.requireNonNull(playlist, "playlist");
        Objects.requireNonNull(progress, "progress");
        talks = List.copyOf(talks);
    }
}
