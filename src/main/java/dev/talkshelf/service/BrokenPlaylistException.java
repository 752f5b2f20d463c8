package dev.talkshelf.service;

import dev.talkshelf.model.Playlist;

/**
 * A smart playlist whose saved query cannot be run: it names a playlist that was renamed or deleted, or it was
 * saved by an older TalkShelf. Only this playlist is affected; the others work.
 */
public final class BrokenPlaylistException extends UserInputException {
    private final Playlist playlist;
    private final String problem;

    public BrokenPlaylistException(Playlist playlist, String problem) {
        super("the smart playlist \"" + playlist.name() + "\" is broken: its query '" + playlist.query() + "' cannot be run: "
                + problem + ". Delete it and create it again with a query that works.");
        this.playlist = playlist;
        this.problem = problem;
    }

    public Playlist playlist() {
        return playlist;
    }

    /** What is wrong with the query, with its column. */
    public String problem() {
        return problem;
    }
}
