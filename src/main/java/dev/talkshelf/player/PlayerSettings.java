package dev.talkshelf.player;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The player used for each kind of media when a play call does not name one. Web pages always have a
 * browser-like handler: a video player cannot show a slide deck or a blog post.
 */
public record PlayerSettings(Map<MediaKind, PlayerChoice> byKind) {

    public PlayerSettings {
        EnumMap<MediaKind, PlayerChoice> copy = new EnumMap<>(MediaKind.class);
        copy.putAll(byKind);
        for (MediaKind kind : MediaKind.values()) {
            Objects.requireNonNull(copy.get(kind), () -> "no player for " + kind);
        }
        byKind = Map.copyOf(copy);
    }

    /** mpv for videos when it is installed, else VLC when that is, else the system handler. */
    public static PlayerSettings defaults(Executables executables) {
        PlayerChoice video = executables.isInstalled("mpv") ? PlayerChoice.MPV
                : executables.isInstalled("vlc") ? PlayerChoice.VLC
                : PlayerChoice.SYSTEM;
        return new PlayerSettings(Map.of(
                MediaKind.LOCAL_FILE, video,
                MediaKind.VIDEO_URL, video,
                MediaKind.WEB_PAGE, PlayerChoice.SYSTEM));
    }

    public PlayerChoice choiceFor(MediaKind kind) {
        return byKind.get(kind);
    }

    public PlayerSettings withChoice(MediaKind kind, PlayerChoice choice) {
        EnumMap<MediaKind, PlayerChoice> copy = new EnumMap<>(byKind);
        copy.put(kind, choice);
        return new PlayerSettings(copy);
    }
}
