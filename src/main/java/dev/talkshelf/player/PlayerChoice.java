package dev.talkshelf.player;

import java.util.Objects;

/**
 * Which player to start: one of the known kinds, or a custom command template.
 *
 * @param template the command for {@link PlayerKind#CUSTOM}; null for the others
 */
public record PlayerChoice(PlayerKind kind, CommandTemplate template) {

    public static final PlayerChoice MPV = new PlayerChoice(PlayerKind.MPV, null);
    public static final PlayerChoice VLC = new PlayerChoice(PlayerKind.VLC, null);
    public static final PlayerChoice SYSTEM = new PlayerChoice(PlayerKind.SYSTEM, null);

    public PlayerChoice {
        Objects.requireNonNull(kind, "kind");
        if ((kind == PlayerKind.CUSTOM) != (template != null)) {
            throw new IllegalArgumentException("a command template is needed for a custom player, and only for one");
        }
    }

    public static PlayerChoice custom(CommandTemplate template) {
        return new PlayerChoice(PlayerKind.CUSTOM, template);
    }

    /**
     * Reads what a user typed after {@code --player}: {@code mpv}, {@code vlc}, {@code system}, a program name or
     * path (played as {@code PROGRAM {media}}), or a whole template such as {@code "myplayer --at {start} {media}"}.
     *
     * @throws IllegalArgumentException for an empty text or an unclosed quote
     */
    public static PlayerChoice parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("No player given; choose mpv, vlc, system or a program path");
        }
        var known = PlayerKind.parse(text);
        if (known.isPresent() && known.get() != PlayerKind.CUSTOM) {
            return new PlayerChoice(known.get(), null);
        }
        CommandTemplate template = CommandTemplate.parse(text);
        return custom(template);
    }

    /** What to call this player in messages: {@code mpv}, or the custom program as written. */
    public String displayName() {
        return kind == PlayerKind.CUSTOM ? template.program() : kind.label();
    }
}
