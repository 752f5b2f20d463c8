package dev.talkshelf.ui.imports;

import dev.talkshelf.ui.imports.PasteTitlesViewModel.Row;
import dev.talkshelf.ui.theme.Icons;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "Paste titles…" dialog: text on the left, what the parser made of each line on the right, every cell editable. */
public final class PasteTitlesDialog {
    private final PasteTitlesViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextArea text = new TextArea();
    private final TableView<Row> table = new TableView<>();
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    public PasteTitlesDialog(PasteTitlesViewModel model, Window owner, String initialText) {
        this.model = model;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Paste titles");
        dialog.setHeaderText("Paste talk titles, one per line — check what was read, correct any cell, then import");
        dialog.setResizable(true);
        text.setId("paste-text");
        text.setPromptText("Fearless Concurrency in Rust - Jane Doe | RustConf 2023\nTyping at Scale by Sam Lee (PyCon US 2024)");
        text.setWrapText(false);
        text.textProperty().addListener((obs, old, now) -> model.textChanged(now));

        table.setId("paste-preview");
        table.setEditable(true);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, Boolean> include = new TableColumn<>("");
        include.setCellValueFactory(c -> c.getValue().includeProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setPrefWidth(34);
        include.setMaxWidth(40);
        include.setEditable(true);
        TableColumn<Row, String> title = editable("Title", "title", 260, Row::titleProperty);
        title.setCellFactory(c -> new TitleCell());
        table.getColumns().addAll(java.util.List.of(include, title, editable("Speakers", "speakers", 140, Row::speakersProperty),
                editable("Event", "event", 130, Row::eventProperty), editable("Topics", "topics", 140, Row::topicsProperty)));
        Label empty = new Label("Each pasted line shows here as title, speakers, event and topics.");
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);

        Label summary = new Label();
        summary.setId("paste-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        VBox right = new VBox(6, table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(text, right);
        split.setDividerPositions(0.36);
        split.setPrefSize(1040, 500);
        split.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(split);
        dialog.getDialogPane().setPrefSize(1100, 620);
        dialog.setOnShown(e -> {
            dialog.setWidth(1120);
            dialog.setHeight(680);
        });
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(IMPORT).setId("paste-import");
        dialog.getDialogPane().getStyleClass().add("paste-dialog");
        dialog.setGraphic(Icons.of(Icons.PASTE, 28, "dialog-icon"));
        text.setText(initialText == null ? "" : initialText);
    }

    private static TableColumn<Row, String> editable(String name, String id, double width,
                                                     java.util.function.Function<Row, javafx.beans.property.StringProperty> property) {
        TableColumn<Row, String> c = new TableColumn<>(name);
        c.setId("paste-" + id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> property.apply(e.getRowValue()).set(e.getNewValue()));
        return c;
    }

    /** A title cell that flags a talk already in the library. */
    private static final class TitleCell extends TextFieldTableCell<Row, String> {
        TitleCell() {
            super(new javafx.util.converter.DefaultStringConverter());
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            boolean duplicate = row != null && row.duplicateOf() != null;
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("duplicate"), duplicate);
            if (duplicate && !isEditing()) {
                Label badge = new Label("in library");
                badge.getStyleClass().add("duplicate-badge");
                setGraphic(badge);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                setTooltip(new Tooltip("Already in the library as \"" + row.duplicateOf() + "\"; importing merges into it"));
            } else if (!isEditing()) {
                setGraphic(null);
                setTooltip(null);
            }
        }
    }

    /** Shows the dialog; on Import, imports the checked rows through the import view model. */
    public void showAndImport() {
        dialog.showAndWait().filter(b -> b == IMPORT).ifPresent(b -> model.importChecked());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
