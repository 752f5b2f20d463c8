package dev.talkshelf.player;

/**
 * The media string is not something TalkShelf will hand to a player or the system (see {@link MediaCheck}); the
 * message names the file or link and the reason.
 */
public class MediaRefusedException extends PlayerException {
    private final String media;

    /** {@code message}: a whole sentence that names the media, e.g. "/videos/x.exe is not a video or audio file". */
    public MediaRefusedException(String media, String message) {
        super(message);
        this.media = media;
    }

    public String media() {
        return media;
    }
}
