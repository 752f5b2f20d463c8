package dev.talkshelf.query;

import dev.talkshelf.model.Playlist;
import java.util.Optional;

/** Finds a playlist by name (ignoring case) for {@code playlist:"Name"}. */
@FunctionalInterface
public interface PlaylistLookup {
    Optional<Playlist> find(String name);

    PlaylistLookup NONE = name -> Optional.empty();
}
