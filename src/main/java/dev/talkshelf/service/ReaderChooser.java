package dev.talkshelf.service;

import dev.talkshelf.formats.TalkReader;
import java.nio.file.Path;

/** Picks the reader for an import source: by the user's {@code --format} when given, else by detection. */
@FunctionalInterface
public interface ReaderChooser {

    /** @throws UserInputException for an unknown format name or an unrecognizable source */
    TalkReader choose(Path source, String format);
}
