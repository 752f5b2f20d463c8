package dev.talkshelf.service;

import dev.talkshelf.formats.FormatException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a file the user named: what can go wrong becomes a message for the user naming the file. */
final class FileReading {
    private FileReading() {
    }

    /** A reader's work, which may fail with a bad file. */
    interface Reading<T> {
        T run() throws FormatException, IOException;
    }

    /** Runs a read; a bad file, a missing one or an I/O failure becomes a {@link UserInputException}. */
    static <T> T failuresToUser(Path source, Reading<T> reading) {
        try {
            return reading.run();
        } catch (FormatException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UserInputException(source + ": no such file or folder", e);
        } catch (IOException e) {
            throw new UserInputException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
