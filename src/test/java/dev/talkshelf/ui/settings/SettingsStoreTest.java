package dev.talkshelf.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaults() {
        assertEquals(WindowSettings.DEFAULTS, new SettingsStore(dir.resolve("settings.json")).load());
    }

    @Test
    void whatIsSavedIsLoadedBack() {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        WindowSettings s = WindowSettings.DEFAULTS.withBounds(10.0, 20.0, 1000, 700, false).withDividers(0.25, 0.6)
                .withColumnWidths(Map.of("title", 420.0)).withTheme("dark").withRecentSearches(List.of("rust"));
        assertTrue(store.save(s));
        assertEquals(s, store.load());
    }

    @Test
    void searchingWhatWasSaidIsRememberedAndAnOlderFileLeavesItOff() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        assertTrue(store.save(WindowSettings.DEFAULTS.withSearchSaid(true)));
        assertTrue(store.load().searchSaid());

        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"width\": 900, \"height\": 700, \"talkLayout\": \"grid\"}");
        assertEquals(false, new SettingsStore(old).load().searchSaid());
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"width\": 900, ");
        assertEquals(WindowSettings.DEFAULTS, new SettingsStore(file).load());
    }

    @Test
    void unknownFieldsAreIgnoredAndNonsenseSizesFallBack() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"width\": 5, \"height\": 800, \"theme\": \"dark\", \"fromTheFuture\": true}");
        WindowSettings s = new SettingsStore(file).load();
        assertEquals(WindowSettings.DEFAULTS.width(), s.width());
        assertEquals(800, s.height());
        assertEquals("dark", s.theme());
    }

    @Test
    void allowingNetworkPathsIsSavedAndAnOlderFileLeavesThemOff() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        WindowSettings allowed = WindowSettings.DEFAULTS.withPreferences(new Preferences(90, 2, Map.of(), "", true));
        assertTrue(store.save(allowed));
        assertTrue(store.load().preferences().allowNetworkPaths());

        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"preferences\": {\"watchedPercent\": 80, \"watchedMinutesLeft\": 2}}");
        Preferences loaded = new SettingsStore(old).load().preferences();
        assertEquals(80, loaded.watchedPercent());
        assertEquals(false, loaded.allowNetworkPaths());
    }
}
