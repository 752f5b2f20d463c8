package dev.talkshelf.player;

import java.nio.file.Path;

/** A talk's local file is gone; the UI offers "Locate file…" on this. */
public class MediaMissingException extends PlayerException {
    private final transient Path file;

    public MediaMissingException(Path file) {
        super("The file " + file + " does not exist (moved or deleted?); locate it or change the talk's media");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
