package dev.talkshelf.ui.preferences;

import dev.talkshelf.player.MediaKind;
import dev.talkshelf.player.PlayerChoice;
import dev.talkshelf.service.Settings;
import dev.talkshelf.ui.settings.Preferences;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Preferences dialog's state: players per kind of media, the watched threshold, the theme. Applying sets
 * them on the open library's services at once (the next play, the next player report) and hands back what
 * to keep in the settings file.
 */
public final class PreferencesViewModel {
    /** What the player choice boxes offer; "custom" reveals a command template field. */
    public static final String[] PLAYERS = {"default", "mpv", "vlc", "system", "custom"};

    private final Settings settings;
    private final Map<MediaKind, StringProperty> players = new EnumMap<>(MediaKind.class);
    private final Map<MediaKind, StringProperty> templates = new EnumMap<>(MediaKind.class);
    private final StringProperty playerArgs = new SimpleStringProperty(this, "playerArgs", "");
    private final IntegerProperty watchedPercent = new SimpleIntegerProperty(this, "watchedPercent");
    private final IntegerProperty minutesLeft = new SimpleIntegerProperty(this, "minutesLeft");
    private final StringProperty theme = new SimpleStringProperty(this, "theme");
    private final BooleanProperty allowNetworkPaths = new SimpleBooleanProperty(this, "allowNetworkPaths");

    public PreferencesViewModel(Settings settings, Preferences current, String currentTheme) {
        this.settings = settings;
        for (MediaKind kind : MediaKind.values()) {
            String text = current.players().getOrDefault(kind.name(), "");
            String choice = choiceOf(text);
            players.put(kind, new SimpleStringProperty(choice));
            templates.put(kind, new SimpleStringProperty(choice.equals("custom") ? text : ""));
        }
        playerArgs.set(current.playerArgs());
        watchedPercent.set(current.watchedPercent());
        minutesLeft.set(current.watchedMinutesLeft());
        theme.set(currentTheme);
        allowNetworkPaths.set(current.allowNetworkPaths());
    }

    /** Which box entry a stored player text stands for. */
    static String choiceOf(String text) {
        if (text == null || text.isBlank()) {
            return "default";
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("mpv") || t.equals("vlc") || t.equals("system") ? t : "custom";
    }

    /** The preferences as entered; empty with a reason when a custom template cannot be read. */
    public Result result() {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (MediaKind kind : MediaKind.values()) {
            String choice = players.get(kind).get();
            if (choice == null || choice.equals("default")) {
                continue;
            }
            String text = choice.equals("custom") ? templates.get(kind).get() : choice;
            try {
                PlayerChoice.parse(text);
            } catch (IllegalArgumentException e) {
                return new Result(Optional.empty(), label(kind) + ": " + e.getMessage());
            }
            chosen.put(kind.name(), text.strip());
        }
        return new Result(Optional.of(new Preferences(watchedPercent.get(), minutesLeft.get(), chosen, playerArgs.get(),
                allowNetworkPaths.get())), null);
    }

    /** The preferences, or why they cannot be kept. */
    public record Result(Optional<Preferences> preferences, String problem) {
    }

    /** Makes the open library follow {@code prefs} from now on. */
    public void apply(Preferences prefs) {
        prefs.applyTo(settings);
    }

    public static String label(MediaKind kind) {
        return switch (kind) {
            case LOCAL_FILE -> "Video files";
            case VIDEO_URL -> "Online videos";
            case WEB_PAGE -> "Web pages and slides";
        };
    }

    public StringProperty player(MediaKind kind) {
        return players.get(kind);
    }

    public StringProperty template(MediaKind kind) {
        return templates.get(kind);
    }

    public StringProperty playerArgsProperty() {
        return playerArgs;
    }

    public IntegerProperty watchedPercentProperty() {
        return watchedPercent;
    }

    public IntegerProperty minutesLeftProperty() {
        return minutesLeft;
    }

    /** Whether talks on network shares may be played or opened; see {@link Settings#allowNetworkPaths()}. */
    public BooleanProperty allowNetworkPathsProperty() {
        return allowNetworkPaths;
    }

    public StringProperty themeProperty() {
        return theme;
    }
}
