package dev.talkshelf.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application for a library; returns when the window closes. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(LibraryOpener opener, Path libraryOption, StartTimeline timeline) {
        // The library opens while the toolkit starts and shows its first screen (half a second), not after.
        timeline.mark("launching the toolkit");
        TalkShelfApp.configure(opener, LibraryOpening.start(opener, libraryOption, timeline::mark), timeline);
        Application.launch(TalkShelfApp.class);
    }
}
