package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming and deleting a playlist from its own view, on the sample library: the whole window follows. */
class PlaylistActionsTest {
    @TempDir
    Path dir;
    Services services;
    MainWindowViewModel window;

    @BeforeEach
    void open() {
        services = TestLibrary.sample(dir);
        window = new MainWindowViewModel(services, new SameThreadTaskRunner(), Playback.NONE, Desktop.NONE, List.of());
        window.start();
        window.openPlaylist("Rust foundations");
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void renamingFromThePlaylistViewKeepsItOpenAndHighlightedUnderItsNewName() {
        window.playlist().rename("Rust basics");

        assertEquals("Rust basics", window.playlist().nameProperty().get());
        assertEquals(MainWindowViewModel.Center.PLAYLIST, window.centerProperty().get());
        assertEquals("Rust basics", window.sidebar().openedProperty().get());
        assertTrue(window.sidebar().playlists().stream().anyMatch(p -> p.playlist().name().equals("Rust basics")));
        assertTrue(services.playlists().find("Rust foundations").isEmpty());
    }

    @Test
    void deletingFromThePlaylistViewGoesBackToTheTalksAndSaysHowToUndo() {
        window.playlist().delete();

        assertEquals(MainWindowViewModel.Center.TALKS, window.centerProperty().get());
        assertEquals("", window.sidebar().openedProperty().get());
        assertTrue(services.playlists().find("Rust foundations").isEmpty());
        assertEquals("Deleted \"Rust foundations\" (Ctrl+Z brings it back)", window.status().messageProperty().get());

        window.undo();
        assertTrue(services.playlists().find("Rust foundations").isPresent());
    }
}
