package dev.talkshelf.player;

/** The media string is not something TalkShelf will hand to a player: only local files and http(s) URLs are. */
public class MediaRefusedException extends PlayerException {
    private final String media;

    public MediaRefusedException(String media, String reason) {
        super((media == null || media.isBlank() ? "Cannot play this talk" : "Refusing to play \"" + media + "\"")
                + ": " + reason);
        this.media = media;
    }

    public String media() {
        return media;
    }
}
