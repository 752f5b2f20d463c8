package dev.talkshelf.ui.talks;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.SVGPath;

/** An icon's SVG path painted into a box the way a region with that shape shows it: stretched to fill the box. */
final class PaintedGlyph {
    private static final Map<String, Bounds> BOUNDS = new HashMap<>(); // FX thread only

    private PaintedGlyph() {
    }

    static void paint(GraphicsContext g, String path, double x, double y, double width, double height) {
        Bounds bounds = BOUNDS.computeIfAbsent(path, p -> {
            SVGPath shape = new SVGPath();
            shape.setContent(p);
            return shape.getLayoutBounds();
        });
        g.save();
        g.translate(x, y);
        g.scale(width / bounds.getWidth(), height / bounds.getHeight());
        g.translate(-bounds.getMinX(), -bounds.getMinY());
        g.beginPath();
        g.appendSVGPath(path);
        g.fill();
        g.restore();
    }

    /** A rectangle with rounded corners as the current path, e.g. to clip to. */
    static void roundedRect(GraphicsContext g, double x, double y, double width, double height, double radius) {
        g.beginPath();
        g.moveTo(x + radius, y);
        g.arcTo(x + width, y, x + width, y + height, radius);
        g.arcTo(x + width, y + height, x, y + height, radius);
        g.arcTo(x, y + height, x, y, radius);
        g.arcTo(x, y, x + width, y, radius);
        g.closePath();
    }
}
