package dev.talkshelf.player;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The families of players TalkShelf knows how to start. */
public enum PlayerKind {
    MPV("mpv"),
    VLC("vlc"),
    /** Whatever the desktop opens the media with: xdg-open, open, or the Windows URL handler. */
    SYSTEM("system"),
    /** A command template written by the user. */
    CUSTOM("custom");

    private final String label;

    PlayerKind(String label) {
        this.label = label;
    }

    /** The name users type after {@code --player}. */
    public String label() {
        return label;
    }

    public static Optional<PlayerKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.label.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
