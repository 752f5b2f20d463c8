package dev.talkshelf.model;

import java.util.Objects;

/**
 * A study playlist: manual (an ordered list of talks) or smart (the live result of a saved query).
 *
 * @param query null for a manual playlist
 */
public record Playlist(long id, String name, String query) {
    public Playlist {
        Objects.requireNonNull(name, "name");
    }

    public boolean isSmart() {
        return query != null;
    }
}
