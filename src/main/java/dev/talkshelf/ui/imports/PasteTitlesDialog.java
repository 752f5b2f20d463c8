package dev.talkshelf.ui.imports;

import dev.talkshelf.ui.imports.PasteTitlesViewModel.Row;
import dev.talkshelf.ui.theme.Icons;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
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
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Row, Boolean> include = new TableColumn<>("");
        include.setCellValueFactory(c -> c.getValue().includeProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setMinWidth(36);
        include.setPrefWidth(36);
        include.setMaxWidth(36);
        include.setResizable(false);
        include.setEditable(true);
        TableColumn<Row, String> title = editable("Title", "title", 360, 180, 5000, Row::titleProperty);
        title.setCellFactory(c -> new TitleCell());
        table.getColumns().addAll(List.of(include, title,
                editable("Speakers", "speakers", 140, 90, 260, Row::speakersProperty),
                editable("Event", "event", 130, 80, 220, Row::eventProperty),
                editable("Topics", "topics", 140, 80, 260, Row::topicsProperty)));
        Label empty = new Label("Each pasted line shows here as title, speakers, event and topics.");
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);

        Label summary = new Label();
        summary.setId("paste-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        Label layout = new Label();
        layout.setId("paste-layout");
        layout.getStyleClass().add("text-muted");
        layout.textProperty().bind(model.layoutProperty());
        layout.setTooltip(new Tooltip("Lines pasted together usually share one layout; it decides where the speakers"
                + " are in the lines the parser was unsure of"));
        VBox right = new VBox(6, table, summary, layout);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(text, right);
        split.setDividerPositions(0.34);
        split.setPadding(new Insets(4));
        SplitPane.setResizableWithParent(text, false);
        double[] size = size(owner == null ? 0 : owner.getWidth(), owner == null ? 0 : owner.getHeight());
        // The theme caps every dialog at 600 px wide (a style sheet rule, so an inline style lifts it); this one
        // shows a table of five columns.
        dialog.getDialogPane().setStyle("-fx-max-width: 100000px; -fx-max-height: 100000px;");
        dialog.getDialogPane().setMinSize(MIN_WIDTH, MIN_HEIGHT);
        dialog.getDialogPane().setPrefSize(size[0], size[1]);
        dialog.getDialogPane().setContent(split);
        dialog.setOnShown(e -> {
            dialog.setWidth(size[0]);
            dialog.setHeight(size[1]);
            if (owner != null) {
                dialog.setX(owner.getX() + (owner.getWidth() - size[0]) / 2);
                dialog.setY(owner.getY() + (owner.getHeight() - size[1]) / 2);
            }
        });
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(IMPORT).setId("paste-import");
        dialog.getDialogPane().getStyleClass().add("paste-dialog");
        dialog.setGraphic(Icons.of(Icons.PASTE, 28, "dialog-icon"));
        text.setText(initialText == null ? "" : initialText);
    }

    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 460;

    /** The dialog's size: 80% of the owner window, never smaller than a usable table; 1000 x 600 without an owner. */
    static double[] size(double ownerWidth, double ownerHeight) {
        if (ownerWidth <= 0 || ownerHeight <= 0) {
            return new double[] {1000, 600};
        }
        return new double[] {Math.round(Math.max(MIN_WIDTH, ownerWidth * 0.8)), Math.round(Math.max(MIN_HEIGHT, ownerHeight * 0.8))};
    }

    private static TableColumn<Row, String> editable(String name, String id, double width, double min, double max,
                                                     Function<Row, javafx.beans.property.StringProperty> property) {
        TableColumn<Row, String> c = new TableColumn<>(name);
        c.setId("paste-" + id);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setMaxWidth(max);
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

}
