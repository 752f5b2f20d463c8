package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.shared.Tips;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.theme.Icons;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TableCell;
import javafx.scene.paint.Color;

/** The watch-state glyph, then a small progress bar when in progress; the word is in the tooltip. */
final class StatusCell extends PaintedCell {
    private static final StyleablePropertyFactory<StatusCell> STYLES =
            new StyleablePropertyFactory<>(TableCell.getClassCssMetaData());
    private static final double GLYPH = 14;
    private static final double BAR_WIDTH = 20;
    private static final double BAR_HEIGHT = 6;

    private final StyleableProperty<Color> watchedColor =
            colour(STYLES, this, "watchedColor", "-ts-watched-color", c -> c.watchedColor, Color.GREEN);
    private final StyleableProperty<Color> inProgressColor =
            colour(STYLES, this, "inProgressColor", "-ts-in-progress-color", c -> c.inProgressColor, Color.BLUE);
    private final StyleableProperty<Color> skippedColor =
            colour(STYLES, this, "skippedColor", "-ts-skipped-color", c -> c.skippedColor, Color.GRAY);
    private final StyleableProperty<Color> unwatchedColor =
            colour(STYLES, this, "unwatchedColor", "-ts-unwatched-color", c -> c.unwatchedColor, Color.LIGHTGRAY);
    private final StyleableProperty<Color> trackColor =
            colour(STYLES, this, "trackColor", "-ts-track-color", c -> c.trackColor, Color.gray(0.9));

    private double madeAt; // the scale and theme this cell last made all four glyphs for
    private Color madeIn;
    private WatchStatus status;
    private double progress = -1;

    StatusCell(Tips.Shared sharedTip) {
        super(sharedTip);
        getStyleClass().add("status-cell");
    }

    @Override
    void showNothing(boolean empty) {
        status = null;
        progress = -1;
        setAccessibleText(null);
        repaint();
    }

    @Override
    void show(TalkRow row) {
        status = row.talk().status();
        progress = row.progress();
        setAccessibleText(tip());
        repaint();
    }

    @Override
    void paint(GraphicsContext g, double width, double height) {
        if (status == null) {
            return;
        }
        double scale = screenScale();
        prepareGlyphs(scale);
        Stamps.glyph(g, Icons.of(status), colourOf(status), 0, Math.round((height - GLYPH) / 2), GLYPH, GLYPH, scale);
        if (progress >= 0) {
            double x = GLYPH + 4;
            double y = Math.round((height - BAR_HEIGHT) / 2);
            Stamps.pill(g, trackColor.getValue(), x, y, BAR_WIDTH, BAR_HEIGHT, scale);
            Stamps.pill(g, inProgressColor.getValue(), x, y, Math.max(BAR_HEIGHT, Math.round(BAR_WIDTH * progress)), BAR_HEIGHT, scale);
        }
    }

    /**
     * The first glyph painted asks for all four stamps: better made after the first page of a session than when a
     * search first shows a skipped talk.
     */
    private void prepareGlyphs(double scale) {
        if (scale != madeAt || colourOf(WatchStatus.UNWATCHED) != madeIn) { // a new screen or theme
            for (WatchStatus other : WatchStatus.values()) {
                Stamps.prepareGlyph(Icons.of(other), colourOf(other), GLYPH, GLYPH, scale);
            }
            madeAt = scale;
            madeIn = colourOf(WatchStatus.UNWATCHED);
        }
    }

    Color colourOf(WatchStatus s) {
        return switch (s) {
            case WATCHED -> watchedColor.getValue();
            case IN_PROGRESS -> inProgressColor.getValue();
            case SKIPPED -> skippedColor.getValue();
            case UNWATCHED -> unwatchedColor.getValue();
        };
    }

    @Override
    String tip() {
        if (status == null) {
            return null;
        }
        return progress >= 0 ? status.label() + " · " + Math.round(progress * 100) + "%" : status.label();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLES.getCssMetaData();
    }

    WatchStatus status() {
        return status;
    }
}
