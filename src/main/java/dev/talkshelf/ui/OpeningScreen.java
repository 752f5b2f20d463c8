package dev.talkshelf.ui;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/**
 * What the window shows while the library opens on a background thread: the file's name, and a word about the
 * one-time upgrade when the file was written by an older TalkShelf (rebuilding the search index of a large
 * library takes a while, and a window that does not appear at all looks broken).
 */
public final class OpeningScreen {
    private OpeningScreen() {
    }

    public static Parent of(Path library, boolean upgrading) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label title = new Label("Opening " + library.getFileName() + "…");
        title.getStyleClass().add("title-3");
        VBox box = new VBox(12, spinner, title);
        if (upgrading) {
            Label upgrade = new Label("Upgrading this library for this version of TalkShelf. This happens once; a large "
                    + "library takes up to a minute. A backup of the old file is kept beside it.");
            upgrade.setWrapText(true);
            upgrade.setMaxWidth(420);
            upgrade.getStyleClass().add("text-muted");
            box.getChildren().add(upgrade);
        }
        box.setId("opening");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
