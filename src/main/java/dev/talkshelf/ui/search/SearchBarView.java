package dev.talkshelf.ui.search;

import dev.talkshelf.ui.theme.Icons;
import dev.talkshelf.ui.shared.Tips;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The search field with its clear button, recent searches and the inline syntax error. */
public final class SearchBarView {
    private final VBox root = new VBox(2);
    private final TextField field = new TextField();

    public SearchBarView(SearchBarViewModel model) {
        StackPane withIcons = fieldWithIcons(model);
        HBox line = new HBox(6, withIcons, saidSwitch(model), recentSearches(model));
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(withIcons, Priority.ALWAYS);
        root.getChildren().addAll(line, errorLine(model));
    }

    /** The query field (Enter searches, Esc clears) with the search icon before it and a clear button after. */
    private StackPane fieldWithIcons(SearchBarViewModel model) {
        field.setId("search");
        field.setPromptText("Search: words, \"phrases\", tag:python -tag:rust, speaker:\"David Hewitt\", status:unwatched   (Ctrl+F)");
        field.textProperty().bindBidirectional(model.queryProperty());
        field.getStyleClass().add("search-field");
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                model.clear();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.remember();
            }
        });

        Button clear = new Button(null, Icons.of(Icons.CLOSE, 12));
        clear.setId("clear-search");
        clear.getStyleClass().addAll("flat", "button-icon", "clear-button");
        Tips.onHover(clear, "Clear the search (Esc)");
        clear.visibleProperty().bind(model.queryProperty().isNotEmpty());
        clear.setOnAction(e -> {
            model.clear();
            field.requestFocus();
        });
        clear.setFocusTraversable(false);

        StackPane withIcons = new StackPane(field, Icons.of(Icons.SEARCH, 16, "search-icon"), clear);
        StackPane.setAlignment(withIcons.getChildren().get(1), Pos.CENTER_LEFT);
        StackPane.setAlignment(clear, Pos.CENTER_RIGHT);
        withIcons.getChildren().get(1).setMouseTransparent(true);
        withIcons.getStyleClass().add("search-box");
        return withIcons;
    }

    /** The last searches, newest first, put back in the field when picked. */
    private static MenuButton recentSearches(SearchBarViewModel model) {
        MenuButton recent = new MenuButton(null, Icons.of(Icons.RECENT, 16));
        recent.setId("recent-searches");
        recent.getStyleClass().addAll("flat", "button-icon");
        Tips.onHover(recent, "Recent searches");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            if (model.recent().isEmpty()) {
                MenuItem none = new MenuItem("No recent searches");
                none.setDisable(true);
                recent.getItems().add(none);
            }
            for (String q : model.recent()) {
                MenuItem item = new MenuItem(q);
                item.setMnemonicParsing(false);
                item.setOnAction(a -> model.queryProperty().set(q));
                recent.getItems().add(item);
            }
        });
        return recent;
    }

    private static ToggleButton saidSwitch(SearchBarViewModel model) {
        ToggleButton said = new ToggleButton("Search what was said");
        said.setId("search-said");
        said.getStyleClass().add("small");
        said.setMinWidth(Region.USE_PREF_SIZE);
        Tips.onHover(said, "Plain words also find talks where they were said (in their transcripts).\n"
                + "said:\"some phrase\" searches only what was said, whatever this switch.");
        said.selectedProperty().bindBidirectional(model.wordsSaidProperty());
        said.setFocusTraversable(false);
        return said;
    }

    /** The query's error with its column under the field; the caret goes to that column. */
    private Label errorLine(SearchBarViewModel model) {
        Label error = new Label();
        error.setId("search-error");
        error.getStyleClass().add("search-error");
        error.textProperty().bind(model.errorProperty().map(m -> m.isEmpty() ? "" : m)
                .flatMap(m -> model.errorColumnProperty().map(col -> m.isEmpty() ? "" : col.intValue() > 0 ? m + "  (at column " + col + ")" : m)));
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.errorProperty().addListener((obs, old, now) -> {
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty());
            int col = model.errorColumnProperty().get();
            if (!now.isEmpty() && col > 0 && field.isFocused() && col <= field.getText().length()) {
                field.positionCaret(col - 1);
            }
        });
        return error;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    public VBox root() {
        return root;
    }
}
