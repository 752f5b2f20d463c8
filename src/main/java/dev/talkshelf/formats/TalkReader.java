package dev.talkshelf.formats;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads one import source (a file or a folder) into an {@link ImportBatch}, touching nothing else. */
public interface TalkReader {

    /** The name users pass to {@code --format}, e.g. {@code pyvideo}. */
    String formatName();

    ImportBatch read(Path source, ImportContext context) throws FormatException, IOException;

    /**
     * True when the source's tags are another program's (PyVideo, YouTube, a spreadsheet): the import puts them
     * through the taxonomy ({@link TopicTagger#tidy}). False for TalkShelf's own library file, whose topics the user
     * chose and are kept as they are.
     */
    default boolean tagsFromElsewhere() {
        return true;
    }

    /** As {@link #tagsFromElsewhere()} for one source: a file TalkShelf itself wrote keeps its topics. */
    default boolean tagsFromElsewhere(Path source) {
        return tagsFromElsewhere();
    }

    /**
     * Reads a source, handing its talks to {@code chunks} in input order, a chunk at a time, and returns its
     * playlists (which refer to talks by their index across all chunks). A reader of large sources hands
     * chunks over while it is still reading, so the import can store them meanwhile; by default the whole
     * source is one chunk. A failure may come after some chunks were handed over.
     */
    default List<PlaylistDraft> read(Path source, ImportContext context, Consumer<List<ImportedTalk>> chunks)
            throws FormatException, IOException {
        ImportBatch batch = read(source, context);
        chunks.accept(batch.talks());
        return batch.playlists();
    }
}
