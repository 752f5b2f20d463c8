package dev.talkshelf.ui.thumbnails;

import dev.talkshelf.model.Talk;
import dev.talkshelf.ui.theme.Icons;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/** A talk's picture at a fixed size: a quiet placeholder until (or unless) the picture is there. */
public final class ThumbnailView extends StackPane {
    private final Thumbnails thumbnails;
    private final ImageView image = new ImageView();
    private final Region placeholder;
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
        placeholder = Icons.of(Icons.VIDEO, Math.min(width, height) * 0.45, "thumbnail-placeholder");
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
        placeholder.setVisible(true);
        if (talk != null && thumbnails != null) {
            thumbnails.show(talk, width * 2, height * 2, () -> shown == talk, loaded -> {
                image.setImage(loaded);
                placeholder.setVisible(false);
            });
        }
    }
}
