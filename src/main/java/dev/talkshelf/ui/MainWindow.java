package dev.talkshelf.ui;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.dashboard.DashboardView;
import dev.talkshelf.ui.details.DetailsView;
import dev.talkshelf.ui.help.ShortcutsDialog;
import dev.talkshelf.ui.imports.ImportLinkDialog;
import dev.talkshelf.ui.imports.ImportOutcomeDialog;
import dev.talkshelf.ui.imports.ImportViewModel;
import dev.talkshelf.ui.imports.PasteTitlesDialog;
import dev.talkshelf.ui.imports.PasteTitlesViewModel;
import dev.talkshelf.ui.playlist.BudgetPlaylistDialog;
import dev.talkshelf.ui.playlist.BudgetPlaylistViewModel;
import dev.talkshelf.ui.playlist.PlaylistView;
import dev.talkshelf.ui.preferences.PreferencesDialog;
import dev.talkshelf.ui.preferences.PreferencesViewModel;
import dev.talkshelf.ui.search.SearchBarView;
import dev.talkshelf.ui.settings.Preferences;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.AfterLayout;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.Tips;
import dev.talkshelf.ui.shared.UserError;
import dev.talkshelf.ui.sidebar.SidebarView;
import dev.talkshelf.ui.status.StatusBarView;
import dev.talkshelf.ui.talks.FirstPage;
import dev.talkshelf.ui.talks.TalkLayout;
import dev.talkshelf.ui.talks.TalkViews;
import dev.talkshelf.ui.theme.Icons;
import dev.talkshelf.ui.theme.Theme;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's content for one open library: lays the parts out, wires keys and dialogs. */
public final class MainWindow {
    private final MainWindowViewModel model;
    private final BorderPane root = new BorderPane();
    private final SplitPane outer = new SplitPane();
    private final SplitPane inner = new SplitPane();
    private final TalkViews table;
    private final SearchBarView searchBar;
    private Theme theme;
    private final StackPane center = new StackPane();
    private final StackPane sidebarSlot = new StackPane();
    private final StackPane detailsSlot = new StackPane();
    private final ReadOnlyBooleanWrapper partsAttached = new ReadOnlyBooleanWrapper(this, "partsAttached");
    /** Made the first time the middle shows a playlist or the dashboard: neither is on the first screen. */
    private PlaylistView playlistView;
    private DashboardView dashboardView;
    private Preferences preferences;
    private Consumer<Path> openLibrary = path -> { };
    private PreferencesDialog.BackupActions backups = PreferencesDialog.BackupActions.NONE;

    public MainWindow(Services services, TaskRunner tasks) {
        this(services, tasks, Playback.NONE, Desktop.NONE, null, WindowSettings.DEFAULTS);
    }

    public MainWindow(Services services, TaskRunner tasks, Playback playback, Desktop desktop, Thumbnails thumbnails,
                      WindowSettings settings) {
        this(services, tasks, playback, desktop, thumbnails, settings, null);
    }

    /** {@code firstPage}: the talks' first page, fetched while the toolkit started (or null: the window asks). */
    public MainWindow(Services services, TaskRunner tasks, Playback playback, Desktop desktop, Thumbnails thumbnails,
                      WindowSettings settings, FirstPage firstPage) {
        this.preferences = settings.preferences();
        this.theme = Theme.parse(settings.theme());
        this.model = new MainWindowViewModel(services, tasks, playback, desktop, settings.recentSearches());
        model.searchBar().restoreWordsSaid(settings.searchSaid());
        root.getStyleClass().add("main-window");
        searchBar = new SearchBarView(model.searchBar());
        table = talkList(thumbnails, settings);

        VBox bottom = new VBox(new StatusBarView(model.status()).root());
        root.setTop(topBar());
        root.setCenter(panes(settings));
        root.setBottom(bottom);
        detailsSlot.setMinWidth(DetailsView.MIN_WIDTH);
        attachAfterTheFirstRows(() -> {
            SidebarView sidebar = new SidebarView(model.sidebar());
            sidebar.playlistMenu(this::playlistMenu);
            details = new DetailsView(model.details(), model.transcript(), thumbnails, model.sidebar()::include, playback.available());
            if (transcriptChooser != null) {
                details.chooseTranscriptFilesWith(transcriptChooser);
            }
            sidebarSlot.getChildren().setAll(sidebar.root());
            detailsSlot.getChildren().setAll(details.root());
            bottom.getChildren().add(0, importStrip());
            partsAttached.set(true);
        });
        followTheCenter();
        importDroppedFiles();
        showWhatTheModelReports();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
        model.start(firstPage);
    }

    private TalkViews talkList(Thumbnails thumbnails, WindowSettings settings) {
        TalkViews list = new TalkViews(model.talks(), thumbnails, settings.columnWidths(), TalkLayout.parse(settings.talkLayout()));
        list.onEditTopics(this::editTopics);
        list.playlistMenu(() -> model.sidebar().playlists().stream().map(p -> p.playlist().name()).toList(),
                model::addSelectedToPlaylist, this::newPlaylist);
        return list;
    }

    /** The middle shows the talks, a playlist or the dashboard, as the model says. */
    private void followTheCenter() {
        center.getChildren().setAll(table.root());
        model.centerProperty().addListener((obs, old, now) -> center.getChildren().setAll(switch (now) {
            case TALKS -> table.root();
            case PLAYLIST -> playlistView().root();
            case DASHBOARD -> dashboardView().root();
        }));
    }

    private PlaylistView playlistView() {
        if (playlistView == null) {
            playlistView = new PlaylistView(model.playlist());
        }
        return playlistView;
    }

    private DashboardView dashboardView() {
        if (dashboardView == null) {
            dashboardView = new DashboardView(model.dashboard());
        }
        return dashboardView;
    }

    /** The search, the import and playlist menus, undo, theme, preferences and help. */
    private HBox topBar() {
        Label brand = new Label("TalkShelf");
        brand.getStyleClass().add("brand");
        HBox top = new HBox(10, brand, searchBar.root(), table.switcher(), importMenu(), playlistsMenu(), undoButton(), themeButton(),
                iconButton("preferences", Icons.SETTINGS, "Preferences (Ctrl+,)", this::showPreferences),
                iconButton("help", Icons.HELP, "Keyboard shortcuts (F1)", () -> ShortcutsDialog.show(root.getScene().getWindow())));
        top.setAlignment(Pos.TOP_LEFT);
        top.getStyleClass().add("top-bar");
        top.setPadding(new Insets(10, 12, 8, 12));
        HBox.setHgrow(searchBar.root(), Priority.ALWAYS);
        return top;
    }

    private static Button iconButton(String id, String icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon, 16));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon");
        Tips.onHover(button, tip);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Button undoButton() {
        Button undo = new Button(null, Icons.of(Icons.UNDO, 16));
        undo.setId("undo");
        undo.getStyleClass().addAll("flat", "button-icon");
        undo.disableProperty().bind(model.undoLabelProperty().isEmpty());
        Tips.onHover(undo, () -> "Undo " + model.undoLabelProperty().get() + " (Ctrl+Z)");
        undo.setOnAction(e -> model.undo());
        return undo;
    }

    private Button themeButton() {
        Button themeButton = iconButton("theme", theme == Theme.DARK ? Icons.LIGHT : Icons.DARK, "Switch between light and dark",
                this::switchTheme);
        themeButton.setOnAction(e -> {
            switchTheme();
            themeButton.setGraphic(Icons.of(theme == Theme.DARK ? Icons.LIGHT : Icons.DARK, 16));
        });
        return themeButton;
    }

    private void switchTheme() {
        theme = theme.other();
        theme.apply(root.getScene());
    }

    private MenuButton importMenu() {
        MenuButton importMenu = new MenuButton("Import", Icons.of(Icons.IMPORT, 14));
        importMenu.setId("import-menu");
        importMenu.getItems().addAll(
                menuItem("Import file…", "import-file", this::importFile),
                menuItem("Import folder…", "import-folder", this::importFolder),
                menuItem("Import from link…", "import-link", this::importLink),
                menuItem("Paste titles…", "paste-titles", () -> pasteTitles("")));
        importMenu.disableProperty().bind(model.imports().runningProperty());
        return importMenu;
    }

    private MenuButton playlistsMenu() {
        MenuButton playlistMenu = new MenuButton("Playlists", Icons.of(Icons.PLAYLIST, 14));
        playlistMenu.setId("playlist-menu");
        playlistMenu.getItems().addAll(
                menuItem("New playlist… (Ctrl+N)", "new-playlist", this::newPlaylist),
                menuItem("Save search as playlist…", "save-search", this::saveSearch),
                menuItem("Fill to a time budget…", "fill-budget", this::fillToBudget),
                new SeparatorMenuItem(),
                menuItem("Progress dashboard", "open-dashboard", model::openDashboard));
        return playlistMenu;
    }

    /**
     * Sidebar | (middle | details), the dividers where the user left them. The sidebar and the details sit in slots of
     * their own, empty until the first rows are on screen ({@link #attachAfterTheFirstRows}): the split panes keep their
     * items, and so their dividers, when the parts come in.
     */
    private SplitPane panes(WindowSettings settings) {
        sidebarSlot.getStyleClass().add("sidebar-slot");
        detailsSlot.getStyleClass().add("details-slot");
        inner.getItems().addAll(center, detailsSlot);
        outer.getItems().addAll(sidebarSlot, inner);
        SplitPane.setResizableWithParent(sidebarSlot, false);
        SplitPane.setResizableWithParent(detailsSlot, false);
        outer.setDividerPositions(settings.sidebarDivider());
        inner.setDividerPositions(settings.detailsDivider());
        return outer;
    }

    /**
     * Runs {@code attach} once the window is on screen with its first rows laid out (or the first search failed). The
     * sidebar (a tree and two lists), the details pane (a scroll pane, text fields, a split pane) and the import strip
     * are built and join the scene only then: the first frame's CSS and layout pass, most of a start's time on the FX
     * thread, covers the search bar and the list alone (decision 0026 (startfast3)), and building those parts' nodes
     * is not on the way to it either (decision 0038 (start6)). Their view models exist from the start, so the views
     * take what they hold at that moment.
     */
    private void attachAfterTheFirstRows(Runnable attach) {
        root.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> property, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                property.removeListener(this);
                AfterLayout.once(scene, () -> root.getScene() == scene && scene.getWindow() != null
                        && scene.getWindow().isShowing() && !model.talks().loadingProperty().get(),
                        () -> Platform.runLater(attach));
                // The first page's rows arriving make a pulse anyway; a failed first search may not.
                model.talks().loadingProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> loading, Boolean was, Boolean now) {
                        if (!now) {
                            loading.removeListener(this);
                            Platform.requestNextPulse();
                        }
                    }
                });
            }
        });
    }

    /** Files dropped anywhere on the window are imported (not while an import runs). */
    private void importDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.imports().runningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                model.imports().importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** An import's outcome and an error each get a dialog; the list's placeholder follows the library's size. */
    private void showWhatTheModelReports() {
        model.imports().outcomeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> showOutcome(now));
            }
        });

        table.setPlaceholder(this::placeholder);
        model.libraryCountProperty().addListener((obs, old, now) -> table.setPlaceholder(this::placeholder));
        model.errorProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> showError(now));
            }
        });
    }

    private static MenuItem menuItem(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The strip above the status line while an import runs: what it does, how far, and Cancel. */
    private Node importStrip() {
        ImportViewModel imports = model.imports();
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(imports.progressProperty());
        Label text = new Label();
        text.textProperty().bind(imports.progressTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> imports.cancel());
        HBox strip = new HBox(10, Icons.of(Icons.IMPORT, 14), text, bar, cancel);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("import-strip");
        strip.setPadding(new Insets(6, 12, 6, 12));
        strip.visibleProperty().bind(imports.runningProperty());
        strip.managedProperty().bind(imports.runningProperty());
        return strip;
    }

    private void showOutcome(ImportViewModel.Outcome outcome) {
        Alert alert = ImportOutcomeDialog.build(root.getScene().getWindow(), outcome);
        model.imports().dismissOutcome();
        alert.show();
    }

    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import talks");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Talk lists", "*.json", "*.csv", "*.tsv", "*.m3u", "*.m3u8", "*.txt", "*.info.json", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            model.imports().importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of videos or yt-dlp files");
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            model.imports().importPaths(List.of(dir.toPath()));
        }
    }

    /** Asks for a playlist, channel or video link and imports it (through yt-dlp). */
    private void importLink() {
        ImportLinkDialog.ask(root.getScene().getWindow()).ifPresent(model.imports()::importLink);
    }

    /** Opens "Paste titles…" (with {@code text} already pasted, for screenshots and tests). */
    public PasteTitlesDialog pasteTitles(String text) {
        PasteTitlesDialog dialog = new PasteTitlesDialog(new PasteTitlesViewModel(model.imports()), root.getScene().getWindow(), text);
        Platform.runLater(dialog::showAndImport);
        return dialog;
    }

    private ContextMenu playlistMenu(String name) {
        MenuItem open = menuItem("Open", "playlist-open", () -> model.openPlaylist(name));
        MenuItem rename = menuItem("Rename…", "playlist-rename", () -> {
            TextInputDialog dialog = new TextInputDialog(name);
            dialog.initOwner(root.getScene().getWindow());
            dialog.setTitle("Rename playlist");
            dialog.setHeaderText("Rename \"" + name + "\"");
            dialog.setContentText("New name:");
            dialog.showAndWait().ifPresent(n -> model.renamePlaylist(name, n));
        });
        MenuItem delete = menuItem("Delete", "playlist-delete-menu", () -> model.deletePlaylist(name));
        delete.setGraphic(Icons.of(Icons.DELETE, 14));
        return new ContextMenu(open, rename, delete, new SeparatorMenuItem(),
                menuItem("New playlist…", null, this::newPlaylist),
                menuItem("Save search as playlist…", null, this::saveSearch),
                menuItem("Fill to a time budget…", null, this::fillToBudget));
    }

    private void saveSearch() {
        String query = model.searchBar().queryProperty().get();
        if (query == null || query.isBlank()) {
            model.status().messageProperty().set("Type a search first: a smart playlist is a saved search");
            return;
        }
        TextInputDialog dialog = new TextInputDialog(query);
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Save search as playlist");
        dialog.setHeaderText("A smart playlist always shows what \"" + query + "\" finds");
        dialog.setContentText("Name:");
        dialog.showAndWait().ifPresent(model::saveSearchAsPlaylist);
    }

    private void fillToBudget() {
        BudgetPlaylistDialog.ask(root.getScene().getWindow(), new BudgetPlaylistViewModel(model.searchBar().queryProperty().get()))
                .ifPresent(model::fillToBudget);
    }

    /** Where "Open another library" in the preferences goes (the app rebuilds the window on it). */
    public void onOpenLibrary(Consumer<Path> action) {
        this.openLibrary = action;
    }

    /** Where "Back up now…" and "Restore from backup…" in the preferences go (the app does the work). */
    public void onBackups(PreferencesDialog.BackupActions actions) {
        this.backups = actions;
    }

    private void showPreferences() {
        PreferencesViewModel vm = model.preferences(preferences, theme.settingName());
        new PreferencesDialog(vm, root.getScene().getWindow(), model.libraryFile(), openLibrary, backups).showAndApply((prefs, themeName) -> {
            preferences = prefs;
            Theme chosen = Theme.parse(themeName);
            if (chosen != theme) {
                theme = chosen;
                theme.apply(root.getScene());
            }
            model.status().messageProperty().set("Preferences saved");
        });
    }

    /**
     * Opens a view at start (for screenshots and demos): {@code dashboard}, {@code playlist:NAME}, {@code shortcuts},
     * {@code preferences} or {@code paste} (optionally {@code paste:TEXT} with \n between lines).
     */
    public void open(String what) {
        if (what == null || what.isBlank()) {
            return;
        }
        if (what.equals("dashboard")) {
            model.openDashboard();
        } else if (what.startsWith("playlist:")) {
            model.openPlaylist(what.substring("playlist:".length()));
        } else if (what.equals("shortcuts")) {
            Platform.runLater(() -> ShortcutsDialog.show(root.getScene().getWindow()));
        } else if (what.equals("preferences")) {
            Platform.runLater(this::showPreferences);
        } else if (what.startsWith("paste")) {
            pasteTitles(what.startsWith("paste:") ? what.substring(6).replace("\\n", "\n") : "");
        }
    }

    private VBox placeholder() {
        boolean emptyLibrary = model.libraryCountProperty().get() == 0;
        Label title = new Label(emptyLibrary ? "No talks yet" : "No talks match this search");
        title.getStyleClass().add("title-4");
        Label hint = new Label(emptyLibrary
                ? "Import talks with: talkshelf import FILE (PyVideo, yt-dlp, CSV or a TalkShelf library)"
                : "Try fewer words, or clear the search (Esc).");
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(8, Icons.of(emptyLibrary ? Icons.IMPORT : Icons.SEARCH, 40, "empty-icon"), title, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        box.setId(emptyLibrary ? "empty-library" : "no-matches");
        return box;
    }

    private void install(Scene scene) {
        theme.apply(scene);
        table.install(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchBar::focus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                model.undo();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), () -> ShortcutsDialog.show(scene.getWindow()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newPlaylist);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), this::showPreferences);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::importFile);
    }

    private void newPlaylist() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("New playlist");
        dialog.setHeaderText("A new playlist");
        dialog.setContentText("Name:");
        dialog.showAndWait().ifPresent(model::createPlaylist);
    }

    private void editTopics() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Edit topics");
        dialog.setHeaderText("Add or remove topics on " + model.talks().selectedTalks().size() + " talk(s)");
        dialog.setContentText("+topic to add, -topic to remove:");
        dialog.showAndWait().ifPresent(model.talks()::changeTopics);
    }

    private void showError(UserError error) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.setTitle("TalkShelf");
        alert.setHeaderText(error.title());
        alert.setContentText(error.message());
        ButtonType action = error.hasAction() ? new ButtonType(error.actionLabel(), ButtonBar.ButtonData.OK_DONE) : null;
        alert.getButtonTypes().setAll(action == null ? List.of(ButtonType.CLOSE) : List.of(action, ButtonType.CLOSE));
        model.dismissError();
        Optional<ButtonType> chosen = alert.showAndWait();
        if (action != null && chosen.isPresent() && chosen.get() == action) {
            error.action().run();
        }
    }

    /** What to remember of this window (its bounds are the stage's business). */
    public WindowSettings settings(WindowSettings base) {
        return base.withTheme(theme.settingName())
                .withPreferences(preferences)
                .withDividers(outer.getDividerPositions()[0], inner.getDividerPositions()[0])
                .withColumnWidths(table.columnWidths())
                .withTalkLayout(table.layoutProperty().get().settingName())
                .withRecentSearches(List.copyOf(model.searchBar().recent()))
                .withSearchSaid(model.searchBar().wordsSaidProperty().get());
    }

    /** True once the sidebar, the details pane and the import strip are in the scene (after the first rows). */
    public ReadOnlyBooleanProperty partsAttachedProperty() {
        return partsAttached.getReadOnlyProperty();
    }

    /** Built after the first rows (null before). */
    private DetailsView details;
    /** A stand-in for the transcript's file dialog, given before the details pane was built (or null: the dialog). */
    private Function<Window, File> transcriptChooser;

    /**
     * How the details pane chooses a subtitle file to attach: a file dialog, or a stand-in at the edge in tests. Kept
     * for the pane when it is not built yet.
     */
    public void chooseTranscriptFilesWith(Function<Window, File> chooser) {
        transcriptChooser = chooser;
        if (details != null) {
            details.chooseTranscriptFilesWith(chooser);
        }
    }

    public MainWindowViewModel model() {
        return model;
    }

    public Parent root() {
        return root;
    }
}
