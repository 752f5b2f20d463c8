package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.shared.Tips;
import dev.talkshelf.model.Talk;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TableCell;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/** A talk's picture, small, with rounded corners: its initials on its topic's colour until (or unless) the picture is there. */
final class ThumbnailCell extends PaintedCell {
    private static final StyleablePropertyFactory<ThumbnailCell> STYLES =
            new StyleablePropertyFactory<>(TableCell.getClassCssMetaData());
    static final double WIDTH = 48;
    static final double HEIGHT = 27;
    private static final double RADIUS = 4;

    private final Thumbnails thumbnails;
    private Talk shown;
    private Image picture;

    ThumbnailCell(Thumbnails thumbnails, Tips.Shared sharedTip) {
        super(sharedTip);
        this.thumbnails = thumbnails;
        getStyleClass().add("thumbnail-cell");
    }

    @Override
    void showNothing(boolean empty) {
        shown = null;
        picture = null;
        repaint();
    }

    @Override
    void show(TalkRow row) {
        Talk talk = row.talk();
        if (Thumbnails.samePicture(talk, shown)) {
            return;
        }
        shown = talk;
        picture = null;
        repaint();
        if (thumbnails != null) {
            thumbnails.show(talk, WIDTH * 2, HEIGHT * 2, () -> shown == talk, loaded -> {
                picture = loaded;
                repaint();
            });
        }
    }

    @Override
    void paint(GraphicsContext g, double width, double height) {
        if (shown == null) {
            return;
        }
        double y = Math.round((height - HEIGHT) / 2);
        if (picture == null) {
            PicturePaint.initials(g, shown, 0, y, WIDTH, HEIGHT, RADIUS, screenScale());
            return;
        }
        PicturePaint.picture(g, picture, 0, y, WIDTH, HEIGHT, RADIUS);
    }

    @Override
    String tip() {
        return null;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLES.getCssMetaData();
    }

    /** Whether the talk's picture is painted (rather than the placeholder). */
    boolean showsPicture() {
        return picture != null;
    }
}
