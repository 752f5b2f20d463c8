package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.service.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryOpenerTest {
    @TempDir
    Path home;

    @Test
    void defaultLibraryLivesInTheXdgDataFolderOnLinux() {
        AppPaths paths = new AppPaths(Map.of(), "Linux", home);
        assertEquals(home.resolve(".local/share/talkshelf/library.db"), paths.defaultLibrary());
        AppPaths xdg = new AppPaths(Map.of("XDG_DATA_HOME", "/data"), "Linux", home);
        assertEquals(Path.of("/data/talkshelf/library.db"), xdg.defaultLibrary());
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        AppPaths paths = new AppPaths(Map.of(AppPaths.LIBRARY_ENV, "/env/lib.db"), "Linux", home);
        assertEquals(Path.of("/opt/lib.db"), paths.choose(Path.of("/opt/lib.db")).file());
        assertEquals(Path.of("/env/lib.db"), paths.choose(null).file());
        assertFalse(paths.choose(null).isDefault());
        assertTrue(new AppPaths(Map.of(), "Linux", home).choose(null).isDefault());
    }

    @Test
    void firstRunCreatesTheDefaultLibraryWithTheSampleTalks() throws Exception {
        LibraryOpener opener = new LibraryOpener(new AppPaths(Map.of(), "Linux", home), Clock.systemUTC());
        try (Services s = opener.open(null)) {
            assertEquals(20, s.library().count());
        }
        try (Services again = opener.open(null)) {
            assertEquals(20, again.library().count(), "the sample is imported once, not on every start");
        }
    }

    @Test
    void newLibraryChosenByTheUserStartsEmpty() throws Exception {
        LibraryOpener opener = new LibraryOpener(new AppPaths(Map.of(), "Linux", home), Clock.systemUTC());
        Path mine = home.resolve("mine.db");
        try (Services s = opener.open(mine)) {
            assertEquals(0, s.library().count());
        }
        assertTrue(Files.exists(mine));
        assertFalse(Files.exists(home.resolve(".local/share/talkshelf/library.db")));
    }
}
