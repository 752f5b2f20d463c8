package dev.talkshelf.ui.help;

import dev.talkshelf.ui.shared.WholeText;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** F1: the list of keyboard shortcuts. */
public final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    public static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(s.action()));
        }
        grid.setId("shortcuts");
        dialog.getDialogPane().setContent(WholeText.keep(grid));
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
