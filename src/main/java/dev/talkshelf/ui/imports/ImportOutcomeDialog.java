package dev.talkshelf.ui.imports;

import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The summary after an import: what it did, and (under "Show details") every talk it merged or skipped, and why. */
public final class ImportOutcomeDialog {
    private ImportOutcomeDialog() {
    }

    public static Alert build(Window owner, ImportViewModel.Outcome outcome) {
        Alert alert = new Alert(outcome.kind() == ImportViewModel.Outcome.Kind.FAILED ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Import");
        alert.setHeaderText(outcome.headline());
        alert.setContentText(outcome.details());
        alert.getDialogPane().setId("import-outcome");
        if (!outcome.matches().isEmpty()) {
            ListView<String> list = new ListView<>(FXCollections.observableArrayList(outcome.matches()));
            list.setId("import-merges");
            list.setPrefSize(640, Math.min(320, 28 + 24 * outcome.matches().size()));
            Label caption = new Label(outcome.matches().size() == 1 ? "1 talk was already in the library:"
                    : outcome.matches().size() + " talks were already in the library:");
            VBox box = new VBox(6, caption, list);
            VBox.setVgrow(list, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(box);
        }
        return alert;
    }
}
