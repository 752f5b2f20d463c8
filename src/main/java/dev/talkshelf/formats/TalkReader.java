package dev.talkshelf.formats;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one import source (a file or a folder) into an {@link ImportBatch}, touching nothing else. */
public interface TalkReader {

    /** The name users pass to {@code --format}, e.g. {@code pyvideo}. */
    String formatName();

    ImportBatch read(Path source, ImportContext context) throws FormatException, IOException;
}
