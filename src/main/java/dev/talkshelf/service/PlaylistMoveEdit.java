package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.model.TalkId;
import java.util.List;

/**
 * One talk moved within a manual playlist. Undo moves that talk back below the talk that was above it before
 * the move (the nearest one still in the playlist; the top when none is); every other talk stays where it is now.
 */
final class PlaylistMoveEdit extends WriteEdit {
    private final PlaylistStore playlists;
    private final long playlistId;
    private final TalkId moved;
    private final List<TalkId> before;

    /** {@code before}: the playlist's order just before the move, read in its transaction. */
    PlaylistMoveEdit(Database db, PlaylistStore playlists, long playlistId, String description, TalkId moved, List<TalkId> before) {
        super(db, description);
        this.playlists = playlists;
        this.playlistId = playlistId;
        this.moved = moved;
        this.before = List.copyOf(before);
    }

    @Override
    void undoInWrite() {
        List<TalkId> now = playlists.items(playlistId);
        if (now.contains(moved)) {
            playlists.moveAfter(playlistId, moved, PlaylistPlace.formerlyAbove(before, moved, now));
        }
    }
}
