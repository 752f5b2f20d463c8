package dev.talkshelf.app;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.talks.FirstPage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * A library being opened on a thread of its own (an upgrade of a large library takes tens of seconds, and nothing
 * slow belongs on the FX thread): first whether the file needs an upgrade, then the library itself.
 */
record LibraryOpening(Path file, CompletableFuture<WindowSettings> settings, CompletableFuture<Boolean> upgrading,
                      CompletableFuture<Services> opened, WaitRelay waits, AtomicReference<FirstPage> firstPage) {

    static LibraryOpening start(LibraryOpener opener, Path option) {
        return start(opener, option, step -> { });
    }

    /** As {@link #start(LibraryOpener, Path)}, telling {@code steps} when the check and the opening are done. */
    static LibraryOpening start(LibraryOpener opener, Path option, Consumer<String> steps) {
        LibraryOpening opening = new LibraryOpening(opener.fileFor(option), new CompletableFuture<>(), new CompletableFuture<>(),
                new CompletableFuture<>(), new WaitRelay(), new AtomicReference<>());
        Thread open = new Thread(() -> {
            try {
                // Read once, here: the library takes the preferences, the window its settings (a settings file read
                // with Jackson on a cold JVM took the FX thread tens of milliseconds before its first node).
                WindowSettings settings = opener.settings();
                opening.settings.complete(settings);
                opening.upgrading.complete(opener.needsUpgrade(option));
                steps.accept("schema checked");
                Services services = opener.open(option, opening.waits, settings.preferences());
                steps.accept("library open");
                opening.firstPage.set(firstPage(services));
                steps.accept("first page fetched");
                opening.opened.complete(services);
            } catch (RuntimeException e) {
                opening.settings.complete(null);
                opening.upgrading.complete(false);
                opening.opened.completeExceptionally(e);
            }
        }, "talkshelf-open-library");
        open.setDaemon(true);
        open.start();
        return opening;
    }

    /**
     * The talks' first page as a window with the default search shows it, fetched while the toolkit starts on the
     * other core: the window takes it instead of asking its worker, and lays the rows out in its first pass. A
     * failure here is the window's to report, when it searches itself.
     */
    private static FirstPage firstPage(Services services) {
        try {
            return FirstPage.fetch(services.search(), "", false);
        } catch (RuntimeException e) {
            System.getLogger(LibraryOpening.class.getName()).log(System.Logger.Level.DEBUG, "first page not fetched", e);
            return null;
        }
    }

    /** The window's settings if the opening thread has read them already (null inside when reading them failed). */
    Optional<WindowSettings> settingsNow() {
        return settings.isDone() ? Optional.ofNullable(settings.join()) : Optional.empty();
    }

    /** The first page fetched with the library, if it is there (it stays for {@link #takeFirstPage}). */
    Optional<FirstPage> firstPageNow() {
        return Optional.ofNullable(firstPage.get());
    }

    /** The first page fetched with the library, once (null when none): a later window asks for its own. */
    FirstPage takeFirstPage() {
        return firstPage.getAndSet(null);
    }

    /**
     * The library, if it is open already (it usually is by the time the toolkit has started: then the window goes
     * straight to it, without an "Opening…" screen drawn, styled and laid out for a few hundredths of a second).
     */
    Optional<Services> openedNow() {
        return opened.isDone() && !opened.isCompletedExceptionally() ? Optional.of(opened.join()) : Optional.empty();
    }

    /**
     * On the FX thread: runs {@code upgrade} if the file is being upgraded (and still opening), then hands over the
     * library, or what the opener threw.
     */
    void whenDone(Runnable upgrade, Consumer<Services> done, Consumer<RuntimeException> failed) {
        upgrading.thenAccept(upgradingNow -> Platform.runLater(() -> {
            if (upgradingNow && !opened.isDone()) {
                upgrade.run();
            }
        }));
        opened.whenComplete((services, e) -> Platform.runLater(() -> {
            if (e == null) {
                done.accept(services);
            } else {
                failed.accept(e instanceof RuntimeException r ? r : new IllegalStateException(e));
            }
        }));
    }
}
