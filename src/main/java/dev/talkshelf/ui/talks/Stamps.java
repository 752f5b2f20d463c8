package dev.talkshelf.ui.talks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
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
 *
 * <p>A stamp is made by a snapshot, which waits for the renderer (the first one of a process ~25 ms, then a few
 * each): made while the first page was painted they held up the first rows by ~50 ms. So a shape with no stamp yet
 * is painted directly, the same shape in the same place, and its stamp is made two pulses later, once the frame
 * that shows it has gone out.
 */
final class Stamps {
    /** The pulse that makes the stamps asked for: the next-but-one, after the frame that needed them. */
    private static final int MAKE_AT_PULSE = 2;

    private static final Map<Key, Image> STAMPS = new HashMap<>();
    private static final Map<Key, Consumer<GraphicsContext>> WANTED = new LinkedHashMap<>();
    private static AnimationTimer maker;

    /**
     * What a stamp is of: a shape, its colours, its size in units and pixels per unit. Its equality is written out: a
     * record's own is linked at its first call (a method handle tree spun, ~15 classes), and the first frame's first
     * painted shape made that call on the FX thread (decision 0065).
     */
    private record Key(String shape, Color fill, Color ink, double width, double height, double scale) {
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Key k && Objects.equals(shape, k.shape) && Objects.equals(fill, k.fill)
                    && Objects.equals(ink, k.ink) && Double.compare(width, k.width) == 0
                    && Double.compare(height, k.height) == 0 && Double.compare(scale, k.scale) == 0;
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(shape);
            h = 31 * h + Objects.hashCode(fill);
            h = 31 * h + Objects.hashCode(ink);
            h = 31 * h + Double.hashCode(width);
            h = 31 * h + Double.hashCode(height);
            return 31 * h + Double.hashCode(scale);
        }
    }

    private Stamps() {
    }

    /** An icon's path filled with {@code colour}, {@code width} x {@code height}, at x, y. */
    static void glyph(GraphicsContext g, String path, Color colour, double x, double y, double width, double height, double scale) {
        draw(g, glyphKey(path, colour, width, height, scale), glyphShape(path, width, height), x, y);
    }

    /** Asks for a glyph's stamp before it is painted (a status that will show soon), without painting it. */
    static void prepareGlyph(String path, Color colour, double width, double height, double scale) {
        stamp(glyphKey(path, colour, width, height, scale), glyphShape(path, width, height));
    }

    private static Key glyphKey(String path, Color colour, double width, double height, double scale) {
        return new Key(path, colour, null, width, height, scale);
    }

    private static Consumer<GraphicsContext> glyphShape(String path, double width, double height) {
        return g -> PaintedGlyph.paint(g, path, 0, 0, width, height);
    }

    /**
     * A pill {@code width} wide at x, y: from a stamp {@code height} high and {@code height + 2} wide, its ends and
     * its middle column stretched, which makes a chip of any width from one stamp.
     */
    static void pill(GraphicsContext g, Color colour, double x, double y, double width, double height, double scale) {
        Key key = new Key("pill", colour, null, height + 2, height, scale);
        Image pill = stamp(key, p -> p.fillRoundRect(0, 0, height + 2, height, height, height));
        if (pill == null) {
            g.save();
            g.setFill(colour);
            g.fillRoundRect(x, y, width, height, height, height);
            g.restore();
            return;
        }
        double end = height / 2;
        double middle = Math.max(0, width - 2 * end);
        double pixels = pill.getHeight() / height;
        g.drawImage(pill, 0, 0, end * pixels, pill.getHeight(), x, y, end, height);
        g.drawImage(pill, end * pixels, 0, 1, pill.getHeight(), x + end, y, middle, height);
        g.drawImage(pill, (end + 2) * pixels, 0, end * pixels, pill.getHeight(), x + end + middle, y, end, height);
    }

    /** A rounded rectangle filled with {@code fill} at x, y: the ground of a picture's placeholder. */
    static void rounded(GraphicsContext g, Color fill, double x, double y, double width, double height, double radius,
                        double scale) {
        draw(g, new Key("rounded " + radius, fill, fill, width, height, scale),
                p -> p.fillRoundRect(0, 0, width, height, 2 * radius, 2 * radius), x, y);
    }

    /** The stamp for {@code key} at x, y, or before it is made the shape itself, in the stamp's fill. */
    private static void draw(GraphicsContext g, Key key, Consumer<GraphicsContext> shape, double x, double y) {
        Image made = stamp(key, shape);
        if (made != null) {
            g.drawImage(made, x, y, key.width(), key.height());
            return;
        }
        g.save();
        g.translate(x, y);
        g.setFill(key.fill());
        shape.accept(g);
        g.restore();
    }

    /** The stamp for {@code key}, or null when it is not made yet (it is then asked for). */
    private static Image stamp(Key key, Consumer<GraphicsContext> shape) {
        Image made = STAMPS.get(key);
        if (made == null && WANTED.putIfAbsent(key, shape) == null && maker == null) {
            maker = new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses >= MAKE_AT_PULSE) {
                        stop();
                        maker = null;
                        makeWanted();
                    }
                }
            };
            maker.start();
        }
        return made;
    }

    private static void makeWanted() {
        List<Map.Entry<Key, Consumer<GraphicsContext>>> wanted = new ArrayList<>(WANTED.entrySet());
        WANTED.clear();
        for (Map.Entry<Key, Consumer<GraphicsContext>> w : wanted) {
            STAMPS.computeIfAbsent(w.getKey(), k -> make(k, w.getValue()));
        }
    }

    private static Image make(Key key, Consumer<GraphicsContext> shape) {
        Canvas canvas = new Canvas(Math.ceil(key.width() * key.scale()), Math.ceil(key.height() * key.scale()));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(key.scale(), key.scale());
        g.setFill(key.fill());
        shape.accept(g);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }

    /** Whether every stamp asked for is made; for tests. */
    static boolean allMade() {
        return WANTED.isEmpty();
    }
}
