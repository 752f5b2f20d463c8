package dev.talkshelf.app;

import java.nio.file.Path;
import dev.talkshelf.ui.theme.StylesheetWarmUp;
import javafx.application.Application;

/** Starts the JavaFX application for a library; returns when the window closes. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(LibraryOpener opener, Path libraryOption, StartTimeline timeline) {
        // The library opens while the toolkit starts and shows its first screen (half a second), not after.
        timeline.mark("launching the toolkit");
        LibraryOpening opening = LibraryOpening.start(opener, libraryOption, timeline::mark);
        // The stylesheets are read once beside it, so the FX thread's own read of them runs compiled (0060).
        TalkShelfApp.configure(opener, opening, StylesheetWarmUp.start(), timeline);
        Application.launch(TalkShelfApp.class);
    }
}
