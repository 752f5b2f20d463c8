package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.settings.Preferences;
import dev.talkshelf.ui.settings.SettingsStore;
import dev.talkshelf.ui.settings.WindowSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opening thread reads the settings once: the library takes their preferences, the window the rest (decision 0065). */
class LibraryOpeningTest {
    @TempDir
    Path home;

    @Test
    void theSettingsReadWithTheLibraryAreTheSavedOnesAndItsPreferencesHold() throws Exception {
        AppPaths paths = new AppPaths(Map.of(), "Linux", home);
        Preferences mine = new Preferences(75, 5, Map.of(), "--fs", false);
        WindowSettings saved = new WindowSettings(10.0, 20.0, 1200, 800, false, 0.2, 0.7, Map.of("title", 300.0), "dark",
                List.of("rust"), mine, "compact", false);
        assertTrue(new SettingsStore(paths.settingsFile()).save(saved));

        LibraryOpening opening = LibraryOpening.start(new LibraryOpener(paths, Clock.systemUTC()), home.resolve("mine.db"));
        try (Services services = opening.opened().join()) {
            assertEquals(saved, opening.settingsNow().orElseThrow());
            assertEquals(mine.threshold(), services.settings().watchThreshold());
            assertEquals("--fs", services.settings().playerArgs());
        }
    }

    @Test
    void withNoSettingsFileTheWindowGetsTheDefaults() throws Exception {
        AppPaths paths = new AppPaths(Map.of(), "Linux", home);

        LibraryOpening opening = LibraryOpening.start(new LibraryOpener(paths, Clock.systemUTC()), home.resolve("mine.db"));
        try (Services services = opening.opened().join()) {
            assertEquals(WindowSettings.DEFAULTS, opening.settingsNow().orElseThrow());
            assertEquals(Preferences.DEFAULTS.threshold(), services.settings().watchThreshold());
        }
    }
}
