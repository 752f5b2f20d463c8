package dev.talkshelf.ui;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.details.DetailsView;
import dev.talkshelf.ui.help.ShortcutsDialog;
import dev.talkshelf.ui.search.SearchBarView;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.sidebar.SidebarView;
import dev.talkshelf.ui.status.StatusBarView;
import dev.talkshelf.ui.talks.TalkListView;
import dev.talkshelf.ui.theme.Icons;
import dev.talkshelf.ui.theme.Theme;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The window's content for one open library: lays the parts out, wires keys and dialogs. */
public final class MainWindow {
    private final MainWindowViewModel model;
    private final BorderPane root = new BorderPane();
    private final SplitPane outer = new SplitPane();
    private final SplitPane inner = new SplitPane();
    private final TalkListView table;
    private final SearchBarView searchBar;
    private Theme theme;
    private final WindowSettings loaded;

    public MainWindow(Services services, TaskRunner tasks) {
        this(services, tasks, Playback.NONE, Desktop.NONE, null, WindowSettings.DEFAULTS);
    }

    public MainWindow(Services services, TaskRunner tasks, Playback playback, Desktop desktop, Thumbnails thumbnails,
                      WindowSettings settings) {
        this.loaded = settings;
        this.theme = Theme.parse(settings.theme());
        this.model = new MainWindowViewModel(services, tasks, playback, desktop, settings.recentSearches());
        root.getStyleClass().add("main-window");

        searchBar = new SearchBarView(model.searchBar());
        table = new TalkListView(model.talks(), thumbnails, settings.columnWidths());
        table.onEditTopics(this::editTopics);
        table.playlistMenu(() -> model.sidebar().playlists().stream().map(p -> p.playlist().name()).toList(),
                model::addSelectedToPlaylist, this::newPlaylist);
        SidebarView sidebar = new SidebarView(model.sidebar());
        DetailsView details = new DetailsView(model.details(), thumbnails, model.sidebar()::include, playback.available());
        StatusBarView status = new StatusBarView(model.status());

        Button undo = new Button(null, Icons.of(Icons.UNDO, 16));
        undo.setId("undo");
        undo.getStyleClass().addAll("flat", "button-icon");
        undo.disableProperty().bind(model.undoLabelProperty().isEmpty());
        undo.tooltipProperty().bind(model.undoLabelProperty().map(l -> new Tooltip("Undo " + l + " (Ctrl+Z)")));
        undo.setOnAction(e -> model.undo());
        Button themeButton = new Button(null, Icons.of(theme == Theme.DARK ? Icons.LIGHT : Icons.DARK, 16));
        themeButton.setId("theme");
        themeButton.getStyleClass().addAll("flat", "button-icon");
        themeButton.setTooltip(new Tooltip("Switch between light and dark"));
        themeButton.setOnAction(e -> {
            theme = theme.other();
            theme.apply(root.getScene());
            themeButton.setGraphic(Icons.of(theme == Theme.DARK ? Icons.LIGHT : Icons.DARK, 16));
        });
        Button help = new Button(null, Icons.of(Icons.HELP, 16));
        help.getStyleClass().addAll("flat", "button-icon");
        help.setTooltip(new Tooltip("Keyboard shortcuts (F1)"));
        help.setOnAction(e -> ShortcutsDialog.show(root.getScene().getWindow()));
        Label brand = new Label("TalkShelf");
        brand.getStyleClass().add("brand");
        HBox top = new HBox(10, brand, searchBar.root(), undo, themeButton, help);
        top.setAlignment(Pos.TOP_LEFT);
        top.getStyleClass().add("top-bar");
        top.setPadding(new Insets(10, 12, 8, 12));
        HBox.setHgrow(searchBar.root(), Priority.ALWAYS);

        inner.getItems().addAll(table.root(), details.root());
        outer.getItems().addAll(sidebar.root(), inner);
        SplitPane.setResizableWithParent(sidebar.root(), false);
        SplitPane.setResizableWithParent(details.root(), false);
        outer.setDividerPositions(settings.sidebarDivider());
        inner.setDividerPositions(settings.detailsDivider());
        root.setTop(top);
        root.setCenter(outer);
        root.setBottom(status.root());

        table.setPlaceholder(placeholder());
        model.libraryCountProperty().addListener((obs, old, now) -> table.setPlaceholder(placeholder()));
        model.errorProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> showError(now));
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
        model.start();
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
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchBar::focus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                model.undo();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), () -> ShortcutsDialog.show(scene.getWindow()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newPlaylist);
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
        dialog.showAndWait().ifPresent(text -> {
            List<String> words = Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isBlank()).toList();
            List<String> add = words.stream().filter(w -> !w.startsWith("-")).map(w -> w.startsWith("+") ? w.substring(1) : w).toList();
            List<String> remove = words.stream().filter(w -> w.startsWith("-")).map(w -> w.substring(1)).toList();
            model.talks().changeTopics(add, remove);
        });
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
                .withDividers(outer.getDividerPositions()[0], inner.getDividerPositions()[0])
                .withColumnWidths(table.columnWidths())
                .withRecentSearches(List.copyOf(model.searchBar().recent()));
    }

    public MainWindowViewModel model() {
        return model;
    }

    public WindowSettings loadedSettings() {
        return loaded;
    }

    public Parent root() {
        return root;
    }
}
