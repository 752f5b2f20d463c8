package dev.talkshelf.player;

/** The chosen player is not installed, so the user needs to install it or pick another. */
public class PlayerNotFoundException extends PlayerException {
    private final String player;

    public PlayerNotFoundException(String player) {
        super(player + " is not installed or not on PATH; install it or choose another player with "
                + alternatives(player));
        this.player = player;
    }

    /** The player name or path as the user gave it. */
    public String player() {
        return player;
    }

    private static String alternatives(String missing) {
        String others = switch (missing) {
            case "mpv" -> "vlc|system|PATH";
            case "vlc" -> "mpv|system|PATH";
            default -> "mpv|vlc|system|PATH";
        };
        return "--player " + others;
    }
}
