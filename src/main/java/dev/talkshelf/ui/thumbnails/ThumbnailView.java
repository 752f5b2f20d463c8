package dev.talkshelf.ui.thumbnails;

import dev.talkshelf.model.Talk;
import dev.talkshelf.ui.theme.Icons;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.image.Image;
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
        if (talk != null && shown != null && Objects.equals(talk.id(), shown.id())
                && Objects.equals(talk.media(), shown.media()) && Objects.equals(talk.thumbnail(), shown.thumbnail())) {
            return;
        }
        shown = talk;
        image.setImage(null);
        placeholder.setVisible(true);
        if (talk == null || thumbnails == null) {
            return;
        }
        thumbnails.request(talk, file -> Platform.runLater(() -> {
            if (shown == talk) {
                Image loaded = thumbnails.picture(file, width * 2, height * 2);
                if (loaded.getProgress() >= 1) {
                    placeholder.setVisible(loaded.isError());
                } else {
                    loaded.progressProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                            if (now.doubleValue() >= 1) {
                                // A shared picture outlives this view's interest in it: listen once, then let go.
                                obs.removeListener(this);
                                if (!loaded.isError() && shown == talk) {
                                    placeholder.setVisible(false);
                                }
                            }
                        }
                    });
                }
                image.setImage(loaded);
            }
        }));
    }
}
