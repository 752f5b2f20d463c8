package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.shared.Tips;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContentDisplay;
import javafx.scene.paint.Color;

/**
 * A cell that paints what it shows into one canvas instead of holding a text node (or a label per chip).
 *
 * <p>Why: the table restyles every node of a row each time the row gets a new talk, so a page of new results
 * restyled ~26 nodes per row, and on the first searches of a session, before the JIT has compiled that path, this
 * was most of the time the FX thread stalled while typing. A canvas has no style of its own to compute. The cell
 * itself is still styled by the theme: the painting takes the font, text colour and alignment CSS gives the cell
 * (so selection, bold titles and the dark theme keep working), plus colours of its own, declared with
 * {@link #colour}.
 */
abstract class PaintedCell extends TipCell {
    private final Canvas canvas = new Canvas();

    PaintedCell(Tips.Shared sharedTip) {
        super(sharedTip);
        setText(null);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(canvas);
        textFillProperty().addListener(o -> repaint());
        fontProperty().addListener(o -> repaint());
        alignmentProperty().addListener(o -> repaint());
    }

    /** A colour the theme gives this kind of cell (each kind declares only the ones it paints with). */
    static <C extends PaintedCell> StyleableProperty<Color> colour(StyleablePropertyFactory<C> styles, C cell, String name,
                                                                   String css, Function<C, StyleableProperty<Color>> self,
                                                                   Color fallback) {
        StyleableProperty<Color> property = styles.createStyleableColorProperty(cell, name, css, self, fallback);
        ((ObservableValue<?>) property).addListener(o -> cell.repaint());
        return property;
    }

    /** The canvas covers the cell inside its padding; a new size is painted again. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = Math.max(0, snapSizeX(getWidth() - x - snappedRightInset()));
        double h = Math.max(0, snapSizeY(getHeight() - y - snappedBottomInset()));
        canvas.relocate(x, y);
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    /** Paints what the cell shows now, if it has a size yet (its first layout paints it otherwise). */
    final void repaint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            paint(g, w, h);
        }
    }

    abstract void paint(GraphicsContext g, double width, double height);

    /** Pixels per unit on the screen the cell is on, for {@link Stamps} sharp at that scale. */
    final double screenScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }
}
