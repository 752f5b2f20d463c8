package dev.talkshelf.ui.preferences;

import dev.talkshelf.player.MediaKind;
import dev.talkshelf.ui.shared.WholeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Preferences: players, when a talk counts as watched, the library file and the theme. */
public final class PreferencesDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PreferencesViewModel model;

    public PreferencesDialog(PreferencesViewModel model, Window owner, Path libraryFile, Consumer<Path> openLibrary) {
        this(model, owner, libraryFile, openLibrary, BackupActions.NONE);
    }

    /**
     * Where "Back up now…" and "Restore from backup…" go once the user has chosen a file (the app does the work: a
     * restore closes and reopens the library), and the folder the file chooser starts in.
     */
    public record BackupActions(Path folder, Consumer<Path> backUpTo, Consumer<Path> restoreFrom) {
        public static final BackupActions NONE = new BackupActions(null, p -> { }, p -> { });
    }

    public PreferencesDialog(PreferencesViewModel model, Window owner, Path libraryFile, Consumer<Path> openLibrary,
                             BackupActions backups) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Preferences");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int row = 0;
        grid.add(section("Players"), 0, row++, 3, 1);
        for (MediaKind kind : MediaKind.values()) {
            ChoiceBox<String> box = new ChoiceBox<>();
            box.getItems().addAll(PreferencesViewModel.PLAYERS);
            box.valueProperty().bindBidirectional(model.player(kind));
            box.setId("player-" + kind.name().toLowerCase(Locale.ROOT));
            TextField template = new TextField();
            template.setPromptText("myplayer --start {start} {media}");
            template.textProperty().bindBidirectional(model.template(kind));
            template.visibleProperty().bind(box.valueProperty().isEqualTo("custom"));
            template.setPrefColumnCount(22);
            grid.addRow(row++, new Label(PreferencesViewModel.label(kind)), box, template);
        }
        TextField args = new TextField();
        args.setPromptText("e.g. --speed=1.25");
        args.textProperty().bindBidirectional(model.playerArgsProperty());
        grid.addRow(row++, new Label("Extra player arguments"), args);
        CheckBox network = new CheckBox("Play and open files on network shares (\\\\server\\share, smb:)");
        network.setId("allow-network-paths");
        network.selectedProperty().bindBidirectional(model.allowNetworkPathsProperty());
        grid.add(network, 1, row++, 2, 1);

        grid.add(section("Watched"), 0, row++, 3, 1);
        Spinner<Integer> percent = new Spinner<>(50, 100, model.watchedPercentProperty().get(), 5);
        percent.setEditable(true);
        percent.valueProperty().addListener((o, a, b) -> model.watchedPercentProperty().set(b));
        Spinner<Integer> minutes = new Spinner<>(0, 30, model.minutesLeftProperty().get(), 1);
        minutes.setEditable(true);
        minutes.valueProperty().addListener((o, a, b) -> model.minutesLeftProperty().set(b));
        grid.addRow(row++, new Label("A talk counts as watched at"), new HBox(6, percent, new Label("% seen")));
        grid.addRow(row++, new Label("or with less than"), new HBox(6, minutes, new Label("minutes left")));

        grid.add(section("Library"), 0, row++, 3, 1);
        Label file = new Label(libraryFile == null ? "" : libraryFile.toString());
        file.getStyleClass().add("text-muted");
        file.setId("library-file");
        file.setTooltip(new javafx.scene.control.Tooltip(file.getText()));
        Button open = new Button("Open another…");
        open.setOnAction(e -> chooseLibrary(false, openLibrary));
        Button create = new Button("Create new…");
        create.setOnAction(e -> chooseLibrary(true, openLibrary));
        Button backUp = new Button("Back up now…");
        backUp.setId("back-up-now");
        backUp.setOnAction(e -> chooseBackup(true, backups));
        Button restore = new Button("Restore from backup…");
        restore.setId("restore-backup");
        restore.setOnAction(e -> chooseBackup(false, backups));
        grid.addRow(row++, new Label("Library file"), file);
        grid.add(new HBox(8, open, create), 1, row++, 2, 1);
        grid.add(new HBox(8, backUp, restore), 1, row++, 2, 1);

        grid.add(section("Appearance"), 0, row++, 3, 1);
        ChoiceBox<String> theme = new ChoiceBox<>();
        theme.getItems().addAll("light", "dark");
        theme.valueProperty().bindBidirectional(model.themeProperty());
        grid.addRow(row, new Label("Theme"), theme);

        dialog.getDialogPane().setContent(WholeText.keep(grid));
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private void chooseLibrary(boolean create, Consumer<Path> openLibrary) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "Create a new library" : "Open a library");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("TalkShelf library", "*.db"));
        var chosen = create ? chooser.showSaveDialog(dialog.getOwner()) : chooser.showOpenDialog(dialog.getOwner());
        if (chosen != null) {
            dialog.close();
            openLibrary.accept(chosen.toPath());
        }
    }

    private void chooseBackup(boolean save, BackupActions backups) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Back up the library to" : "Restore the library from a backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("TalkShelf library", "*.db"));
        if (backups.folder() != null && Files.isDirectory(backups.folder())) {
            chooser.setInitialDirectory(backups.folder().toFile());
        }
        var chosen = save ? chooser.showSaveDialog(dialog.getOwner()) : chooser.showOpenDialog(dialog.getOwner());
        if (chosen != null) {
            dialog.close();
            (save ? backups.backUpTo() : backups.restoreFrom()).accept(chosen.toPath());
        }
    }

    /** Shows the dialog; on OK, applies and hands the preferences and the theme to {@code keep}. */
    public void showAndApply(BiConsumer<dev.talkshelf.ui.settings.Preferences, String> keep) {
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            PreferencesViewModel.Result result = model.result();
            if (result.preferences().isEmpty()) {
                new Alert(Alert.AlertType.WARNING, result.problem()).showAndWait();
                return;
            }
            model.apply(result.preferences().get());
            keep.accept(result.preferences().get(), model.themeProperty().get());
        });
    }
}
