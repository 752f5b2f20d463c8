package dev.talkshelf.ui.thumbnails;

import dev.talkshelf.model.Talk;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** A talk's picture at a fixed size: its initials on its topic's colour until (or unless) the picture is there. */
public final class ThumbnailView extends StackPane {
    private final Thumbnails thumbnails;
    private final ImageView image = new ImageView();
    private final Label placeholder = new Label();
    private final double width;
    private final double height;
    private Talk shown;

    public ThumbnailView(Thumbnails thumbnails, double width, double height) {
        this.thumbnails = thumbnails;
        this.width = width;
        this.height = height;
        getStyleClass().add("thumbnail");
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        placeholder.getStyleClass().add("thumbnail-initials");
        placeholder.setMinSize(width, height);
        placeholder.setPrefSize(width, height);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setFont(Font.font(null, FontWeight.BOLD, Math.round(height * 0.3)));
        placeholder.setVisible(false);
        image.setFitWidth(width);
        image.setFitHeight(height);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        Rectangle clip = new Rectangle(width, height);
        clip.setArcWidth(8);
        clip.setArcHeight(8);
        setClip(clip);
        getChildren().addAll(placeholder, image);
    }

    public void show(Talk talk) {
        if (Thumbnails.samePicture(talk, shown)) {
            return;
        }
        shown = talk;
        image.setImage(null);
        placeholder.setVisible(talk != null);
        if (talk != null) {
            placeholder.setText(Placeholder.initials(talk.title()));
            placeholder.setStyle("-fx-background-color: " + Placeholder.css(Placeholder.colour(talk)) + ";");
        }
        if (talk != null && thumbnails != null) {
            thumbnails.show(talk, width * 2, height * 2, () -> shown == talk, loaded -> {
                image.setImage(loaded);
                placeholder.setVisible(false);
            });
        }
    }

    /** Whether the talk's picture is shown (rather than its initials); for tests. */
    public boolean showsPicture() {
        return image.getImage() != null;
    }

    /** The initials shown in place of the picture. */
    public String initials() {
        return placeholder.getText();
    }
}
