package dev.talkshelf.ui.talks;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/** A search field over a table of talks. Builds nodes and binds them; all decisions live in the view model. */
public final class TalkListView {
    private final BorderPane root = new BorderPane();

    public TalkListView(TalkListViewModel model) {
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("Search talks — words, \"phrases\", speakers, events, topics");
        search.textProperty().bindBidirectional(model.queryProperty());

        TableView<TalkRow> table = new TableView<>(model.rows());
        table.setId("talks");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Title", TalkRow::title, 380));
        table.getColumns().add(column("Speakers", TalkRow::speakers, 200));
        table.getColumns().add(column("Event", TalkRow::event, 130));
        table.getColumns().add(column("Topics", TalkRow::topics, 220));
        table.getColumns().add(column("Status", TalkRow::status, 90));
        table.setPlaceholder(new Label("No talks match"));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());

        VBox top = new VBox(search);
        top.setPadding(new Insets(8));
        root.setTop(top);
        root.setCenter(table);
        VBox bottom = new VBox(status);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(bottom);
    }

    private static TableColumn<TalkRow, String> column(String name, Function<TalkRow, String> value, double width) {
        TableColumn<TalkRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public BorderPane root() {
        return root;
    }
}
