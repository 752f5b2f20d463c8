package dev.talkshelf.service;

import dev.talkshelf.model.WatchThreshold;
import java.util.Objects;

/**
 * The user's preferences that change how services behave, for the session. The app builds one and hands
 * {@code settings::watchThreshold} to the {@link WatchService}, so a change (e.g. from a preferences dialog)
 * applies to the next report from a player without rebuilding anything.
 */
public final class Settings {
    private volatile WatchThreshold watchThreshold;

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
}
