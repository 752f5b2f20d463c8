package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.shared.Tips;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TableCell;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** One line of text, cut with "…" where it does not fit (the whole of it is then in the tooltip). */
final class TextCell extends PaintedCell {
    private static final StyleablePropertyFactory<TextCell> STYLES =
            new StyleablePropertyFactory<>(TableCell.getClassCssMetaData());

    /** The bar a title cell shows while its talk is on its way. */
    private static final double BAR_WIDTH = 260;
    private static final double BAR_HEIGHT = 10;

    private final Function<TalkRow, String> text;
    private final boolean showsLoading;
    private String value = "";
    private boolean loading;
    private String painted = "";
    /** The bar that stands for text still on its way. */
    private final StyleableProperty<Color> placeholderColor =
            colour(STYLES, this, "placeholderColor", "-ts-placeholder-color", c -> c.placeholderColor, Color.gray(0.9));

    TextCell(Function<TalkRow, String> text, String style, boolean showsLoading, Tips.Shared sharedTip) {
        super(sharedTip);
        this.text = text;
        this.showsLoading = showsLoading;
        if (style != null) {
            getStyleClass().add(style);
        }
    }

    @Override
    void showNothing(boolean empty) {
        value = "";
        loading = showsLoading && !empty;
        setAccessibleText(null);
        repaint();
    }

    @Override
    void show(TalkRow row) {
        String shown = text.apply(row);
        value = shown == null ? "" : shown;
        loading = false;
        setAccessibleText(value);
        repaint();
    }

    @Override
    void paint(GraphicsContext g, double width, double height) {
        painted = "";
        if (loading) {
            g.setFill(placeholderColor.getValue());
            g.fillRoundRect(0, Math.round((height - BAR_HEIGHT) / 2), Math.min(BAR_WIDTH, width), BAR_HEIGHT, 8, 8);
            return;
        }
        if (value.isEmpty()) {
            return;
        }
        FontMeasure measure = FontMeasure.of(getFont());
        String fitted = measure.fit(value, width);
        painted = fitted;
        double x = switch (getAlignment().getHpos()) {
            case RIGHT -> width - measure.width(fitted);
            case CENTER -> (width - measure.width(fitted)) / 2;
            case LEFT -> 0;
        };
        g.setFont(getFont());
        g.setFill(getTextFill());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(fitted, Math.round(x), measure.baseline(height));
    }

    /** The whole text, when it had to be cut. */
    @Override
    String tip() {
        return painted.equals(value) ? null : value;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLES.getCssMetaData();
    }

    /** The whole text the cell stands for. */
    String value() {
        return value;
    }

    /** The text as last painted: {@link #value()}, or its start and "…" where it did not fit. */
    String painted() {
        return painted;
    }
}
