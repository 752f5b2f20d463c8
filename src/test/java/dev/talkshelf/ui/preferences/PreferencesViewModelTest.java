package dev.talkshelf.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.WatchThreshold;
import dev.talkshelf.player.MediaKind;
import dev.talkshelf.player.PlayerChoice;
import dev.talkshelf.service.Settings;
import dev.talkshelf.ui.settings.Preferences;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferencesViewModelTest {

    @Test
    void appliedPreferencesChangeTheThresholdAndPlayersOfTheOpenLibrary() {
        Settings settings = new Settings();
        PreferencesViewModel vm = new PreferencesViewModel(settings, Preferences.DEFAULTS, "light");
        vm.watchedPercentProperty().set(80);
        vm.minutesLeftProperty().set(5);
        vm.player(MediaKind.VIDEO_URL).set("vlc");

        vm.apply(vm.result().preferences().orElseThrow());

        assertEquals(new WatchThreshold(0.8, Duration.ofMinutes(5)), settings.watchThreshold());
        assertEquals(Map.of(MediaKind.VIDEO_URL, PlayerChoice.VLC), settings.playerChoices());
    }

    @Test
    void aStoredCustomCommandShowsAsCustomWithItsTemplate() {
        Preferences stored = new Preferences(90, 2, Map.of("LOCAL_FILE", "myplayer --at {start} {media}"), "", false);
        PreferencesViewModel vm = new PreferencesViewModel(new Settings(), stored, "dark");

        assertEquals("custom", vm.player(MediaKind.LOCAL_FILE).get());
        assertEquals("myplayer --at {start} {media}", vm.template(MediaKind.LOCAL_FILE).get());
        assertEquals("default", vm.player(MediaKind.WEB_PAGE).get());
    }

    @Test
    void anUnclosedQuoteInACustomCommandIsRefusedWithTheKindNamed() {
        PreferencesViewModel vm = new PreferencesViewModel(new Settings(), Preferences.DEFAULTS, "light");
        vm.player(MediaKind.LOCAL_FILE).set("custom");
        vm.template(MediaKind.LOCAL_FILE).set("player \"{media}");

        PreferencesViewModel.Result result = vm.result();

        assertTrue(result.preferences().isEmpty());
        assertTrue(result.problem().startsWith("Video files: "), result.problem());
    }

    @Test
    void networkPathsAreRefusedUntilTheUserAllowsThem() {
        Settings settings = new Settings();
        PreferencesViewModel vm = new PreferencesViewModel(settings, Preferences.DEFAULTS, "light");
        assertEquals(false, vm.allowNetworkPathsProperty().get());

        vm.allowNetworkPathsProperty().set(true);
        Preferences kept = vm.result().preferences().orElseThrow();
        vm.apply(kept);

        assertTrue(kept.allowNetworkPaths());
        assertTrue(settings.allowNetworkPaths());
    }

    @Test
    void aCustomCommandThroughShCIsRefusedWithTheReason() {
        PreferencesViewModel vm = new PreferencesViewModel(new Settings(), Preferences.DEFAULTS, "light");
        vm.player(MediaKind.VIDEO_URL).set("custom");
        vm.template(MediaKind.VIDEO_URL).set("sh -c 'mpv {media}'");

        PreferencesViewModel.Result result = vm.result();

        assertTrue(result.preferences().isEmpty());
        assertEquals("Online videos: the command hands {media} to a shell (sh -c), which would run a title or file name"
                + " as commands; name the player itself, e.g. myplayer {media}", result.problem());
    }

    @Test
    void aStoredShellTemplateFallsBackToTheDefaultPlayer() {
        Preferences stored = new Preferences(90, 2, Map.of("LOCAL_FILE", "bash -c 'mpv {media}'"), "", false);

        assertEquals(Map.of(), stored.playerChoices());
    }
}
