package dev.talkshelf.service;

import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.query.QueryCompiler;
import dev.talkshelf.query.QueryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Checks the smart playlists of an import before anything is stored: a query that cannot be read refuses the whole
 * file, naming the playlist and the column, and the library is left as it was. Which playlists a query names is not
 * checked here (the file may name one imported later, or one already in the library): a name that matches no
 * playlist when the playlist is used marks that playlist as broken, like one whose named playlist was renamed.
 */
final class SmartQueries {
    /** Compiles with every playlist name taken as an existing manual playlist, so no library is needed. */
    private static final QueryCompiler CHECK = new QueryCompiler(Clock.systemUTC(),
            name -> Optional.of(new Playlist(0, name, null)));

    private SmartQueries() {
    }

    /** @throws UserInputException "FILE: playlist "X": the query is not valid: ... at column N" for the first bad one */
    static void requireValid(Path source, List<PlaylistDraft> playlists) {
        for (PlaylistDraft draft : playlists) {
            if (draft.query() == null) {
                continue;
            }
            try {
                CHECK.compile(draft.query());
            } catch (QueryException e) {
                throw new UserInputException((source == null ? "the import" : source.toString()) + ": playlist \""
                        + draft.name() + "\": the query is not valid: " + e.getMessage(), e);
            }
        }
    }
}
