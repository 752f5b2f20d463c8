package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.TalkId;
import java.util.List;

/**
 * Talks taken out of a manual playlist. Undo puts each back below the talk that was above it (the nearest one
 * still in the playlist; the top when none is), unless it is back already or gone from the library; what was
 * added, moved or removed since stays as it is.
 */
final class PlaylistRemoveEdit extends WriteEdit {
    private final PlaylistStore playlists;
    private final TalkStore talks;
    private final long playlistId;
    private final List<TalkId> before;
    private final List<TalkId> removed;

    /** {@code before}: the playlist's order just before the removal, read in its transaction. */
    PlaylistRemoveEdit(Database db, PlaylistStore playlists, TalkStore talks, long playlistId, String description,
                       List<TalkId> before, List<TalkId> removed) {
        super(db, description);
        this.playlists = playlists;
        this.talks = talks;
        this.playlistId = playlistId;
        this.before = List.copyOf(before);
        this.removed = before.stream().filter(removed::contains).toList();
    }

    @Override
    void undoInWrite() {
        for (TalkId id : removed) {
            List<TalkId> now = playlists.items(playlistId);
            if (!now.contains(id) && talks.exists(id)) {
                playlists.insertAfter(playlistId, id, PlaylistPlace.formerlyAbove(before, id, now));
            }
        }
    }
}
