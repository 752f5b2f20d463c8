package dev.talkshelf.ui.sidebar;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The context menu of a topic in the sidebar's tree and its dialogs; every decision is the view model's. */
final class TopicMenu {
    private TopicMenu() {
    }

    static ContextMenu of(SidebarViewModel model, String path, Node owner) {
        MenuItem rename = item("Rename…", "topic-rename", () -> ask(owner, "Rename topic",
                "Rename \"" + path + "\" and everything under it on all its talks", "New name:", path)
                .ifPresent(name -> model.renameTopic(path, name)));
        MenuItem merge = item("Merge into…", "topic-merge", () -> choose(owner, "Merge topic",
                "Merge \"" + path + "\" into another topic on all its talks", "Into:", model.otherTopics(path))
                .ifPresent(into -> model.mergeTopic(path, into)));
        MenuItem move = item("Move under…", "topic-move", () -> choose(owner, "Move topic",
                "Move \"" + path + "\" and everything under it below another topic", "Under:", model.otherTopics(path))
                .ifPresent(parent -> model.moveTopic(path, parent)));
        MenuItem delete = item("Delete", "topic-delete", () -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    "Take \"" + path + "\" and the topics under it off all their talks? The talks stay; Undo brings the topic back.",
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(window(owner));
            confirm.setHeaderText("Delete topic " + path);
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.deleteTopic(path));
        });
        merge.setDisable(model.otherTopics(path).isEmpty());
        move.setDisable(model.otherTopics(path).isEmpty());
        return new ContextMenu(rename, merge, move, delete);
    }

    private static Optional<String> ask(Node owner, String title, String header, String label, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.initOwner(window(owner));
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        return dialog.showAndWait();
    }

    private static Optional<String> choose(Node owner, String title, String header, String label, List<String> choices) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.isEmpty() ? null : choices.get(0), choices);
        dialog.initOwner(window(owner));
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        return dialog.showAndWait();
    }

    private static Window window(Node owner) {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
