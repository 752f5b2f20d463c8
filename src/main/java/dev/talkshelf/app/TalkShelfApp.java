package dev.talkshelf.app;

import dev.talkshelf.service.LibraryBackups;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.MainWindow;
import dev.talkshelf.ui.OpeningScreen;
import dev.talkshelf.ui.shared.ServicePlayback;
import dev.talkshelf.ui.preferences.PreferencesDialog;
import dev.talkshelf.ui.settings.SettingsStore;
import dev.talkshelf.ui.settings.WindowPlacement;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.AfterLayout;
import dev.talkshelf.ui.talks.FirstFrame;
import dev.talkshelf.ui.talks.FirstPage;
import dev.talkshelf.ui.theme.Theme;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application. JavaFX creates it reflectively, so its inputs are handed over before launch. */
public final class TalkShelfApp extends Application {
    private static final System.Logger LOG = System.getLogger(TalkShelfApp.class.getName());
    /** Forces a theme for this run ({@code light} or {@code dark}), e.g. for screenshots; not saved. */
    static final String THEME_ENV = "TALKSHELF_THEME";
    /** Set by the package build's training launch: quit this many milliseconds after the first rows. */
    static final String TRAINING_PROPERTY = "talkshelf.quitAfterFirstRows";
    /**
     * How long a toolkit that is ready before the library's first page waits for it before it shows the opening screen.
     * A toolkit that wins the race usually wins it by tens of milliseconds (waits of 13–126 ms measured at 100k, the
     * page itself 0.13–0.62 s after the library opens), so the page comes within it; then the first frame shows its
     * rows ~0.35 s later, where the opening screen's path (stylesheet, opening screen, whole window) took ~1.1 s. A
     * library slower than that shows its opening screen at most this much later than before, about what that screen
     * itself takes to show (theme, CSS, {@code Stage.show}); an upgrade does not wait.
     */
    static final Duration FIRST_PAGE_GRACE = Duration.ofMillis(300);
    private static LibraryOpener opener;
    private static LibraryOpening opening;
    private static StartTimeline timeline = StartTimeline.ofThisProcess();
    private static AppPaths appPaths;
    private static Duration firstPageGrace = FIRST_PAGE_GRACE;

    private Services services;
    private FxTaskRunner tasks;
    private Thumbnails thumbnails;
    private SettingsStore settingsStore;
    private MainWindow window;
    private Stage stage;
    private WindowSettings settings;
    private boolean themeForced;
    /** The first rows were drawn (by the first frame, or the table) and the log says when. */
    private boolean firstRowsLogged;

    /** The library to show, its opening already under way. */
    static void configure(LibraryOpener libraryOpener, LibraryOpening first, StartTimeline start) {
        configure(libraryOpener, first, start, AppPaths.system(), FIRST_PAGE_GRACE);
    }

    /** As above, with the folders for settings and thumbnails and the first page's grace given (for tests). */
    static void configure(LibraryOpener libraryOpener, LibraryOpening first, StartTimeline start, AppPaths paths, Duration grace) {
        opener = libraryOpener;
        opening = first;
        timeline = start;
        appPaths = paths;
        firstPageGrace = grace;
    }

    /**
     * Shows the window at once with an "Opening…" screen while the library opens on a background thread (started
     * before the toolkit; a schema upgrade of a large library takes tens of seconds, and nothing slow belongs on
     * the FX thread), then puts the main window in its place.
     */
    @Override
    public void start(Stage primary) {
        timeline.mark("toolkit");
        this.stage = primary;
        AppPaths paths = appPaths != null ? appPaths : AppPaths.system();
        settingsStore = new SettingsStore(paths.settingsFile());
        // Usually read by the library's opening thread already: the file is read (and Jackson set up) once.
        settings = opening.settingsNow().orElseGet(settingsStore::load);
        timeline.mark("settings read");
        String forced = System.getProperty("talkshelf.theme", System.getenv(THEME_ENV));
        themeForced = forced != null && !forced.isBlank();
        WindowSettings shown = themeForced ? settings.withTheme(forced) : settings;
        Rectangle2D screen = screenFor(settings);
        WindowPlacement place = WindowPlacement.choose(settings, screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
        Theme theme = Theme.parse(shown.theme());
        if (opening.opened().isDone()) {
            showFirst(theme, shown, place, paths);
        } else {
            awaitFirstPage(theme, shown, place, paths);
        }
    }

    /**
     * The toolkit is ready before the library and its first page: the stage waits for them (off the FX thread, for at
     * most {@link #FIRST_PAGE_GRACE}) so that it can show the first frame, and shows the opening screen when the grace
     * runs out, the library is being upgraded, or it cannot be opened, whichever comes first.
     */
    private void awaitFirstPage(Theme theme, WindowSettings shown, WindowPlacement place, AppPaths paths) {
        timeline.mark("waiting for the first page");
        boolean[] done = {false}; // on the FX thread only
        Runnable showNow = () -> {
            if (!done[0]) {
                done[0] = true;
                showFirst(theme, shown, place, paths);
            }
        };
        opening.opened().whenComplete((services, e) -> Platform.runLater(showNow));
        opening.upgrading().thenAccept(upgrading -> {
            if (upgrading) {
                Platform.runLater(showNow);
            }
        });
        CompletableFuture.delayedExecutor(firstPageGrace.toMillis(), TimeUnit.MILLISECONDS, Platform::runLater).execute(showNow);
    }

    /** The stage's first screen: the first frame if the library and its first page are ready, else as before. */
    private void showFirst(Theme theme, WindowSettings shown, WindowPlacement place, AppPaths paths) {
        Optional<Services> ready = opening.openedNow();
        Optional<FirstPage> page = ready.flatMap(s -> opening.firstPageNow());
        Optional<FirstFrame> first = page.flatMap(p -> FirstFrame.of(p, shown, theme == Theme.DARK));
        if (first.isPresent()) {
            showFirstFrame(first.get(), page.get().total(), ready.get(), theme, shown, place, paths);
            return;
        }
        theme.useForControls(); // before the first control is made
        timeline.mark("theme loaded");
        Scene scene = new Scene(OpeningScreen.of(opening.file(), false), place.width(), place.height());
        theme.apply(scene);
        setFirstScene("TalkShelf", scene, place);
        if (ready.isPresent()) {
            timeline.mark("library ready");
            showWindow(ready.get(), shown, paths);
        }
        stage.show();
        timeline.mark("window shown");
        if (ready.isEmpty()) {
            opening.whenDone(() -> scene.setRoot(OpeningScreen.of(opening.file(), true)),
                    opened -> show(opened, shown, paths), this::cannotOpen);
        }
    }

    /** The stage's first title and scene, where the settings placed the window. */
    private void setFirstScene(String title, Scene scene, WindowPlacement place) {
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setMaximized(place.maximized());
    }

    /**
     * The library and its first page were ready before the stage: the stage shows them at once as a {@link FirstFrame}
     * (the first rows, with neither stylesheet nor controls), and the whole window is built and put in its place after
     * that frame's pulse, while the renderer draws it.
     */
    private void showFirstFrame(FirstFrame first, long talks, Services opened, Theme theme, WindowSettings shown, WindowPlacement place,
                                AppPaths paths) {
        timeline.mark("library ready");
        services = opened; // closed by stop() if the window is closed before the whole window is built
        Scene scene = new Scene(first, place.width(), place.height());
        setFirstScene("TalkShelf — " + opened.libraryFile().getFileName(), scene, place);
        AfterLayout.once(scene, () -> true, () -> {
            logFirstRows(talks);
            Platform.runLater(() -> { // after this pulse: the renderer draws the first frame meanwhile
                if (!stage.isShowing()) { // closed already: stop() closed the library
                    return;
                }
                theme.useForControls(); // before the first control is made
                timeline.mark("theme loaded");
                theme.apply(scene);
                showWindow(opened, shown, paths);
            });
        });
        stage.show();
        timeline.mark("first frame shown");
    }

    private void show(Services opened, WindowSettings shown, AppPaths paths) {
        if (!stage.isShowing()) { // closed while the library was opening
            LibraryOpener.closeQuietly(opened);
            return;
        }
        timeline.mark("library handed over");
        showWindow(opened, shown, paths);
    }

    /** The main window on {@code opened}, in place of the "Opening…" screen (or before the stage first shows). */
    private void showWindow(Services opened, WindowSettings shown, AppPaths paths) {
        services = opened;
        tasks = new FxTaskRunner();
        thumbnails = new Thumbnails(paths.thumbnailCache(), Thumbnails.findFfmpeg());
        window = newWindow(shown, opening.waits(), opening.takeFirstPage());
        timeline.mark("window built");
        logFirstRows(window);
        stage.getScene().setRoot(window.root());
        timeline.mark("window in the scene");
        window.open(System.getProperty("talkshelf.open", System.getenv("TALKSHELF_OPEN")));
    }

    /**
     * Writes to the log how long after the launch the first rows were laid out (the first search's rows arrived
     * and a layout pass ran): the figure the window's speed goal is about, measured where users run it.
     */
    private void logFirstRows(MainWindow shownWindow) {
        Scene scene = stage.getScene();
        Runnable firstPage = () -> {
            timeline.mark("first page");
            AfterLayout.once(scene, () -> true, () -> {
                if (firstRowsLogged) { // drawn by the first frame already: now the table has them
                    timeline.mark("table rows");
                } else {
                    logFirstRows(shownWindow.model().talks().rowsProperty().get().size());
                }
                quitAfterTraining();
                logTimelineWhenComplete(scene, shownWindow);
            });
            Platform.requestNextPulse();
        };
        if (shownWindow.model().talks().searchesProperty().get() > 0) { // the first page came with the library
            firstPage.run();
            return;
        }
        ChangeListener<Number> firstSearch = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> searches, Number old, Number now) {
                searches.removeListener(this);
                firstPage.run();
            }
        };
        shownWindow.model().talks().searchesProperty().addListener(firstSearch);
    }

    private void logFirstRows(long talks) {
        long after = timeline.sinceLaunch();
        timeline.mark("first rows");
        String cpu = CpuSoFar.describe(); // on the FX thread: "this thread" is the FX thread
        LOG.log(System.Logger.Level.INFO, "first rows laid out {0} ms after launch ({1} talks){2}",
                after, talks, cpu.isEmpty() ? "" : "; " + cpu);
        firstRowsLogged = true;
    }

    /**
     * Marks when the parts that join the window after the first rows (sidebar, details, import strip) were laid out,
     * and then writes the start's timeline to the log: what the user sees complete, not only the first rows.
     */
    private void logTimelineWhenComplete(Scene scene, MainWindow shownWindow) {
        Platform.runLater(() -> { // not while the scene walks its pulse listeners
            AfterLayout.once(scene, shownWindow.partsAttachedProperty()::get, () -> {
                timeline.mark("whole window");
                LOG.log(System.Logger.Level.INFO, "start: {0} (ms after launch)", timeline.summary());
            });
            Platform.requestNextPulse();
        });
    }

    /**
     * The package build's training launch ({@value #TRAINING_PROPERTY} = milliseconds) quits that long after the first
     * rows, so the classes the window loads in its first seconds (sidebar counts, details) are listed for the AppCDS
     * archive too, and the JVM exits normally, which writes the list out.
     */
    private static void quitAfterTraining() {
        Long after = Long.getLong(TRAINING_PROPERTY);
        if (after != null) {
            background("talkshelf-training", () -> {
                try {
                    Thread.sleep(after);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(Platform::exit);
            });
        }
    }

    /**
     * The library cannot be opened: says why and, when its backups folder holds a copy that passes its integrity
     * check, offers to restore that one (looked for off the FX thread: checking a copy reads all of it).
     */
    private void cannotOpen(RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "library could not be opened", e);
        Path file = opening.file();
        background("talkshelf-find-backup", () -> {
            Optional<Path> good = backupsOf(file).latestGood();
            Platform.runLater(() -> offerBackup(e, file, good));
        });
    }

    private void offerBackup(RuntimeException e, Path file, Optional<Path> good) {
        ButtonType restore = new ButtonType("Open the latest good backup", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        String text = e.getMessage() + (good.isPresent()
                ? "\n\nThe latest good backup is " + good.get().getFileName() + ". Restoring it keeps the current file in the backups folder."
                : "\n\nOpen another library with: talkshelf --library FILE");
        Alert alert = good.isPresent() ? new Alert(Alert.AlertType.ERROR, text, restore, quit) : new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText("TalkShelf cannot open the library");
        alert.initOwner(stage);
        Optional<ButtonType> chosen = alert.showAndWait();
        if (good.isEmpty() || chosen.isEmpty() || chosen.get() != restore) {
            Platform.exit();
            return;
        }
        background("talkshelf-restore", () -> {
            try {
                backupsOf(file).restore(good.get());
                Platform.runLater(() -> {
                    opening = LibraryOpening.start(opener, file);
                    opening.whenDone(() -> stage.getScene().setRoot(OpeningScreen.of(file, true)),
                            opened -> show(opened, settings, AppPaths.system()), this::cannotOpen);
                });
            } catch (RuntimeException failed) {
                Platform.runLater(() -> {
                    new Alert(Alert.AlertType.ERROR, failed.getMessage()).showAndWait();
                    Platform.exit();
                });
            }
        });
    }

    private static LibraryBackups backupsOf(Path file) {
        return new LibraryBackups(file, Clock.systemUTC());
    }

    private static void background(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * The day's automatic backup, if due: on a thread of its own, low priority, a few seconds after the window shows,
     * on a connection of its own, so it neither delays the first rows nor holds up searches or edits.
     */
    private static void backUpDailyLater(Path file) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(5_000);
                backupsOf(file).dailyIfDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "talkshelf-daily-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Preferences → Back up now…: a verified copy, made off the FX thread. */
    private void backUpTo(Path target) {
        Path file = services.libraryFile();
        background("talkshelf-backup", () -> {
            try {
                Path copy = backupsOf(file).backUp(target);
                Platform.runLater(() -> window.model().status().messageProperty().set("Backed up to " + copy.getFileName()));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "backup failed", e);
                Platform.runLater(() -> new Alert(Alert.AlertType.WARNING, e.getMessage()).showAndWait());
            }
        });
    }

    /**
     * Preferences → Restore from backup…: the library is closed, replaced by the chosen copy (after a backup of itself;
     * a bad copy changes nothing), and opened again like at launch.
     */
    private void restoreFrom(Path backup) {
        Path file = services.libraryFile();
        settings = window.settings(settings);
        settingsStore.save(settings);
        Scene scene = stage.getScene();
        scene.setRoot(OpeningScreen.of(file, false));
        Services closing = services;
        services = null;
        background("talkshelf-restore", () -> {
            LibraryOpener.closeQuietly(closing);
            RuntimeException failure = null;
            try {
                backupsOf(file).restore(backup);
            } catch (RuntimeException e) {
                failure = e;
            }
            RuntimeException failed = failure;
            Platform.runLater(() -> {
                if (failed != null) {
                    new Alert(Alert.AlertType.WARNING, failed.getMessage()).showAndWait();
                }
                opening = LibraryOpening.start(opener, file);
                opening.whenDone(() -> scene.setRoot(OpeningScreen.of(file, true)), opened -> {
                    services = opened;
                    window = newWindow(settings, opening.waits());
                    scene.setRoot(window.root());
                    if (failed == null) {
                        window.model().status().messageProperty().set("Restored from " + backup.getFileName());
                    }
                }, this::cannotOpen);
            });
        });
    }

    /** The visual bounds of the screen the window was last on, or of the primary screen. */
    private static Rectangle2D screenFor(WindowSettings saved) {
        if (saved.x() != null && saved.y() != null) {
            var screens = Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private MainWindow newWindow(WindowSettings shown, WaitRelay waits) {
        return newWindow(shown, waits, null);
    }

    private MainWindow newWindow(WindowSettings shown, WaitRelay waits, FirstPage firstPage) {
        MainWindow w = new MainWindow(services, tasks, new ServicePlayback(services.player()), desktop(), thumbnails, shown,
                firstPage);
        w.onOpenLibrary(this::switchLibrary);
        w.onBackups(new PreferencesDialog.BackupActions(backupsOf(services.libraryFile()).folder(), this::backUpTo, this::restoreFrom));
        waits.forwardTo(busy -> Platform.runLater(() -> w.model().status().libraryBusy(busy)));
        backUpDailyLater(services.libraryFile());
        stage.setTitle("TalkShelf — " + services.libraryFile().getFileName());
        return w;
    }

    /**
     * Preferences → Open another library: the window's content is rebuilt on the other file, opened in the
     * background like the first one. The settings are saved first, so the new library gets this session's
     * preferences; if it cannot be opened, the current window comes back.
     */
    private void switchLibrary(Path file) {
        settings = window.settings(settings);
        settingsStore.save(settings);
        Scene scene = stage.getScene();
        Parent current = scene.getRoot();
        LibraryOpening next = LibraryOpening.start(opener, file);
        scene.setRoot(OpeningScreen.of(next.file(), false));
        Theme.parse(settings.theme()).apply(scene);
        next.whenDone(() -> scene.setRoot(OpeningScreen.of(next.file(), true)), opened -> {
            LibraryOpener.closeQuietly(services);
            services = opened;
            window = newWindow(settings, next.waits());
            scene.setRoot(window.root());
        }, e -> {
            scene.setRoot(current);
            new Alert(Alert.AlertType.WARNING, e.getMessage()).showAndWait();
        });
    }

    /**
     * The system side of opening things. The window checks media before it gets here ({@code CheckedDesktop}); this
     * checks the kind once more, so nothing but an http(s) link or a file path ever reaches the system.
     */
    private Desktop desktop() {
        return new Desktop() {
            @Override
            public void open(String uriOrPath) {
                if (uriOrPath.matches("(?i)^https?://.*")) {
                    getHostServices().showDocument(uriOrPath);
                } else if (!uriOrPath.matches("(?i)^[a-z][a-z0-9+.-]+:.*")) {
                    getHostServices().showDocument(Path.of(uriOrPath).toUri().toString());
                }
            }

            @Override
            public void browse(String link) {
                if (link.matches("(?i)^https?://.*")) {
                    getHostServices().showDocument(link);
                }
            }

            @Override
            public void showFolderOf(String path) {
                Path parent = Path.of(path).toAbsolutePath().getParent();
                if (parent != null) {
                    getHostServices().showDocument(parent.toUri().toString());
                }
            }
        };
    }

    @Override
    public void stop() throws Exception {
        if (window != null && settingsStore != null) {
            WindowSettings now = window.settings(settings);
            if (themeForced) {
                now = now.withTheme(settings.theme()); // a forced theme is for this run only
            }
            boolean max = stage.isMaximized();
            now = max ? now.withBounds(settings.x(), settings.y(), settings.width(), settings.height(), true)
                    : now.withBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            settingsStore.save(now);
        }
        if (thumbnails != null) {
            thumbnails.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
