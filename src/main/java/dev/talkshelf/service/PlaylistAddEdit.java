package dev.talkshelf.service;

import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.model.TalkId;
import java.util.List;

/** Talks appended to a manual playlist. Undo takes out exactly those talks, if still there; other talks stay. */
final class PlaylistAddEdit implements Edit {
    private final PlaylistStore playlists;
    private final long playlistId;
    private final String description;
    private final List<TalkId> added;

    PlaylistAddEdit(PlaylistStore playlists, long playlistId, String description, List<TalkId> added) {
        this.playlists = playlists;
        this.playlistId = playlistId;
        this.description = description;
        this.added = List.copyOf(added);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        if (!added.isEmpty()) {
            playlists.remove(playlistId, added);
        }
    }
}
