package dev.talkshelf.service;

import java.nio.file.Path;

/**
 * A talk that cannot be played as asked, with what the user can do about it: install or choose another
 * player, fix a refused link, or locate a file that moved ({@link #missingFile()}).
 */
public class PlaybackProblem extends UserInputException {
    /** What went wrong, so the window can offer the fitting action. */
    public enum Kind { PLAYER_MISSING, MEDIA_REFUSED, MEDIA_MISSING, PLAYER_FAILED }

    private final Kind kind;
    private final transient Path missingFile;

    public PlaybackProblem(Kind kind, String message, Path missingFile, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.missingFile = missingFile;
    }

    public Kind kind() {
        return kind;
    }

    /** The file that is no longer where the library says, for {@link Kind#MEDIA_MISSING}. */
    public Path missingFile() {
        return missingFile;
    }
}
