package dev.talkshelf.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.talkshelf.model.WatchThreshold;
import dev.talkshelf.player.MediaKind;
import dev.talkshelf.player.PlayerChoice;
import dev.talkshelf.service.Settings;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The user's choices from the Preferences dialog, kept in the settings file and applied to every library the
 * app opens (the command line too), so "watched" means the same in the window and in a terminal.
 *
 * @param players per {@link MediaKind} name: {@code mpv}, {@code vlc}, {@code system} or a command template;
 *                a kind missing here uses the machine's default
 * @param allowNetworkPaths whether talks on network shares may be played or opened (off unless the user ticks it)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preferences(int watchedPercent, int watchedMinutesLeft, Map<String, String> players, String playerArgs,
                          boolean allowNetworkPaths) {

    public static final Preferences DEFAULTS = new Preferences(90, 2, Map.of(), "", false);

    public Preferences {
        watchedPercent = watchedPercent >= 1 && watchedPercent <= 100 ? watchedPercent : 90;
        watchedMinutesLeft = Math.max(0, Math.min(60, watchedMinutesLeft));
        players = Map.copyOf(players == null ? Map.of() : players);
        playerArgs = playerArgs == null ? "" : playerArgs.strip();
    }

    @JsonIgnore
    public WatchThreshold threshold() {
        return new WatchThreshold(watchedPercent / 100.0, Duration.ofMinutes(watchedMinutesLeft));
    }

    /** The choices that parse; a damaged entry falls back to the default player rather than failing a start. */
    @JsonIgnore
    public Map<MediaKind, PlayerChoice> playerChoices() {
        Map<MediaKind, PlayerChoice> result = new EnumMap<>(MediaKind.class);
        for (MediaKind kind : MediaKind.values()) {
            String text = players.get(kind.name());
            if (text != null && !text.isBlank()) {
                try {
                    result.put(kind, PlayerChoice.parse(text));
                } catch (IllegalArgumentException e) {
                    // Keep the default for this kind (a template refused since it was saved, e.g. one through sh -c).
                    System.getLogger(Preferences.class.getName()).log(System.Logger.Level.WARNING,
                            "ignoring the player for " + kind + ": " + e.getMessage());
                }
            }
        }
        return result;
    }

    /** Makes the services of an open library follow these preferences from now on. */
    public void applyTo(Settings settings) {
        settings.setWatchThreshold(threshold());
        settings.setPlayerChoices(playerChoices());
        settings.setPlayerArgs(playerArgs);
        settings.setAllowNetworkPaths(allowNetworkPaths);
    }
}
