package dev.talkshelf.ui.status;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status line: counts and time left on the left, news of the last action on the right, and while an edit waits
 * for another TalkShelf, a quiet note saying so.
 */
public final class StatusBarView {
    private final HBox root = new HBox(12);

    public StatusBarView(StatusBarViewModel model) {
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(model.messageProperty());
        Label waiting = new Label(StatusBarViewModel.WAITING);
        waiting.setId("status-waiting");
        waiting.getStyleClass().add("text-muted");
        waiting.visibleProperty().bind(model.waitingProperty());
        waiting.managedProperty().bind(model.waitingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(summary, spacer, waiting, message);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    public HBox root() {
        return root;
    }
}
