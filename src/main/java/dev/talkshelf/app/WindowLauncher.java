package dev.talkshelf.app;

import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/** Starts the JavaFX application for a library; returns when the window closes. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(LibraryOpener opener, Path libraryOption) {
        // The library opens while the toolkit starts and shows its first screen (half a second), not after.
        CompletableFuture<Boolean> upgrading = new CompletableFuture<>();
        CompletableFuture<Services> opening = new CompletableFuture<>();
        Thread open = new Thread(() -> {
            try {
                upgrading.complete(opener.needsUpgrade(libraryOption));
                opening.complete(opener.open(libraryOption));
            } catch (RuntimeException e) {
                upgrading.complete(false);
                opening.completeExceptionally(e);
            }
        }, "talkshelf-open-library");
        open.setDaemon(true);
        open.start();
        TalkShelfApp.configure(opener, libraryOption, opening, upgrading);
        Application.launch(TalkShelfApp.class);
    }
}
