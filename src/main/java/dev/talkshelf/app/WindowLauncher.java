package dev.talkshelf.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application for a library; returns when the window closes. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(LibraryOpener opener, Path libraryOption) {
        // The library opens while the toolkit starts and shows its first screen (half a second), not after.
        TalkShelfApp.configure(opener, LibraryOpening.start(opener, libraryOption));
        Application.launch(TalkShelfApp.class);
    }
}
