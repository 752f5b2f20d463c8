package dev.talkshelf.ui.playlist;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Fill to a time budget…": the form of a {@link BudgetPlaylistViewModel}; Fill stays off while the form has a problem. */
public final class BudgetPlaylistDialog {
    private static final ButtonType FILL = new ButtonType("Fill", ButtonBar.ButtonData.OK_DONE);

    private BudgetPlaylistDialog() {
    }

    /** What the user asked for, or empty when cancelled. */
    public static Optional<BudgetPlaylistViewModel.Request> ask(Window owner, BudgetPlaylistViewModel model) {
        return build(owner, model).showAndWait();
    }

    static Dialog<BudgetPlaylistViewModel.Request> build(Window owner, BudgetPlaylistViewModel model) {
        Dialog<BudgetPlaylistViewModel.Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Fill to a time budget");
        dialog.setHeaderText("A playlist of unwatched talks that fits in the time you have");
        TextField budget = field("budget-time", model.budgetProperty().get(), "90m, 2h, 1:30:00");
        budget.textProperty().bindBidirectional(model.budgetProperty());
        TextField name = field("budget-name", null, null);
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField query = field("budget-query", null, "search, e.g. tag:python");
        query.textProperty().bindBidirectional(model.queryProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Talks from the search"), query);
        grid.addRow(2, new Label("Time budget"), budget);
        Label problem = new Label();
        problem.setId("budget-problem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        dialog.getDialogPane().setContent(new VBox(8, grid, problem));
        dialog.getDialogPane().getButtonTypes().addAll(FILL, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(FILL).disableProperty().bind(model.problemProperty().isNotEmpty());
        dialog.setResultConverter(button -> button == FILL ? model.request().orElse(null) : null);
        Platform.runLater(budget::requestFocus);
        return dialog;
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        return field;
    }
}
