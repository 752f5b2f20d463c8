package dev.talkshelf.service;

import dev.talkshelf.model.WatchThreshold;
import dev.talkshelf.player.MediaKind;
import dev.talkshelf.player.PlayerChoice;
import java.util.Map;
import java.util.Objects;

/**
 * The user's preferences that change how services behave, for the session. The app builds one and hands
 * {@code settings::watchThreshold} to the {@link WatchService}, so a change (e.g. from a preferences dialog)
 * applies to the next report from a player without rebuilding anything.
 */
public final class Settings {
    private volatile WatchThreshold watchThreshold;
    private volatile Map<MediaKind, PlayerChoice> playerChoices = Map.of();
    private volatile String playerArgs = "";
    private volatile boolean allowNetworkPaths;

    public Settings() {
        this(WatchThreshold.DEFAULT);
    }

    public Settings(WatchThreshold watchThreshold) {
        this.watchThreshold = Objects.requireNonNull(watchThreshold, "watchThreshold");
    }

    /** When a partly played talk counts as watched (default: 90 % seen or under 2 minutes left). */
    public WatchThreshold watchThreshold() {
        return watchThreshold;
    }

    public void setWatchThreshold(WatchThreshold threshold) {
        this.watchThreshold = Objects.requireNonNull(threshold, "threshold");
    }

    /** The player the user chose per kind of media; a kind missing here gets the machine's default. */
    public Map<MediaKind, PlayerChoice> playerChoices() {
        return playerChoices;
    }

    public void setPlayerChoices(Map<MediaKind, PlayerChoice> choices) {
        this.playerChoices = Map.copyOf(choices);
    }

    /** Extra arguments for every player start that does not name its own; empty for none. */
    public String playerArgs() {
        return playerArgs;
    }

    public void setPlayerArgs(String args) {
        this.playerArgs = args == null ? "" : args.strip();
    }

    /**
     * Whether media on a network share ({@code \\host\share}, {@code smb:}) may be played or opened. Off by
     * default: opening such a path makes the system contact that host (on Windows, with the user's login).
     */
    public boolean allowNetworkPaths() {
        return allowNetworkPaths;
    }

    public void setAllowNetworkPaths(boolean allow) {
        this.allowNetworkPaths = allow;
    }
}
