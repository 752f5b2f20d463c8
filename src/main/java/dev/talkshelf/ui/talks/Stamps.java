package dev.talkshelf.ui.talks;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * Small pictures the painted cells stamp again and again (status glyphs, the chip ends, the picture placeholder),
 * drawn once per colour and screen scale and kept. Why: the software renderer fills each curved shape anew, pixel
 * by pixel, every time a canvas repaints; copying a ready picture is a fraction of that (as a region caches its
 * rounded background). FX thread only.
 */
final class Stamps {
    private static final Map<Key, Image> STAMPS = new HashMap<>();

    /** What a stamp is of: a shape, its colours, its size in units and pixels per unit. */
    private record Key(String shape, Color fill, Color ink, double width, double height, double scale) {
    }

    private Stamps() {
    }

    /** An icon's path filled with {@code colour}, {@code width} x {@code height}. */
    static Image glyph(String path, Color colour, double width, double height, double scale) {
        return stamp(new Key(path, colour, null, width, height, scale),
                g -> PaintedGlyph.paint(g, path, 0, 0, width, height));
    }

    /** A pill {@code height} high and {@code height + 2} wide: its ends and its middle column make a chip of any width. */
    static Image pill(Color colour, double height, double scale) {
        return stamp(new Key("pill", colour, null, height + 2, height, scale),
                g -> g.fillRoundRect(0, 0, height + 2, height, height, height));
    }

    /** Paints a pill {@code width} wide at x, y from {@link #pill}. */
    static void paintPill(GraphicsContext g, Image pill, double x, double y, double width, double height) {
        double end = height / 2;
        double middle = Math.max(0, width - 2 * end);
        g.drawImage(pill, 0, 0, end * scaleOf(pill, height), pill.getHeight(), x, y, end, height);
        g.drawImage(pill, end * scaleOf(pill, height), 0, 1, pill.getHeight(), x + end, y, middle, height);
        g.drawImage(pill, (end + 2) * scaleOf(pill, height), 0, end * scaleOf(pill, height), pill.getHeight(),
                x + end + middle, y, end, height);
    }

    /** A rounded rectangle filled with {@code fill}, with an icon centred on it. */
    static Image badge(Color fill, double width, double height, double radius, String path, Color colour,
                       double size, double scale) {
        return stamp(new Key("badge " + radius + " " + size + " " + path, fill, colour, width, height, scale), g -> {
            g.fillRoundRect(0, 0, width, height, 2 * radius, 2 * radius);
            g.setFill(colour);
            PaintedGlyph.paint(g, path, Math.round((width - size) / 2), Math.round((height - size) / 2), size, size);
        });
    }

    /** A rounded rectangle filled with {@code fill}: the ground of a picture's placeholder. */
    static Image rounded(Color fill, double width, double height, double radius, double scale) {
        return stamp(new Key("rounded " + radius, fill, fill, width, height, scale),
                g -> g.fillRoundRect(0, 0, width, height, 2 * radius, 2 * radius));
    }

    private static double scaleOf(Image stamp, double height) {
        return stamp.getHeight() / height;
    }

    private static Image stamp(Key key, Consumer<GraphicsContext> draw) {
        return STAMPS.computeIfAbsent(key, k -> {
            Canvas canvas = new Canvas(Math.ceil(k.width() * k.scale()), Math.ceil(k.height() * k.scale()));
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.scale(k.scale(), k.scale());
            g.setFill(k.fill());
            draw.accept(g);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            return canvas.snapshot(transparent, null);
        });
    }
}
