package dev.talkshelf.ui.imports;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Import from link…": asks for the link of a YouTube playlist, channel tab or video. */
public final class ImportLinkDialog {
    private static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private ImportLinkDialog() {
    }

    /** The link the user entered, or empty when cancelled or left blank. */
    public static Optional<String> ask(Window owner) {
        return build(owner).showAndWait().filter(url -> !url.isBlank());
    }

    static Dialog<String> build(Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import from link");
        dialog.setHeaderText("Import a YouTube playlist, channel or video");
        TextField url = new TextField();
        url.setId("import-link-url");
        url.setPromptText("https://www.youtube.com/playlist?list=…");
        url.setPrefColumnCount(48);
        Label hint = new Label("TalkShelf asks yt-dlp for the list of videos (nothing is downloaded). "
                + "A playlist becomes a TalkShelf playlist in the same order. For a channel, use its Videos tab "
                + "(…/@channel/videos).");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(8, url, hint));
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(IMPORT).disableProperty().bind(url.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == IMPORT ? url.getText().strip() : null);
        Platform.runLater(url::requestFocus);
        return dialog;
    }
}
