package dev.talkshelf.ui.talks;

import dev.talkshelf.model.Talk;
import dev.talkshelf.ui.thumbnails.Placeholder;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Paints a talk's picture, or its initials on its topic's colour, into a painted cell or card. */
final class PicturePaint {
    private PicturePaint() {
    }

    /** The picture, covering the box (cut to its shape, centred), with rounded corners. */
    static void picture(GraphicsContext g, Image picture, double x, double y, double width, double height, double radius) {
        double scale = Math.max(width / picture.getWidth(), height / picture.getHeight());
        double w = picture.getWidth() * scale;
        double h = picture.getHeight() * scale;
        g.save();
        PaintedGlyph.roundedRect(g, x, y, width, height, radius);
        g.clip();
        g.drawImage(picture, x + (width - w) / 2, y + (height - h) / 2, w, h);
        g.restore();
    }

    /** The talk's initials in white on its topic's colour (the rounded ground is a stamp, see {@link Stamps}). */
    static void initials(GraphicsContext g, Talk talk, double x, double y, double width, double height, double radius,
                         double screenScale) {
        Color ground = Placeholder.colour(talk);
        Stamps.rounded(g, ground, x, y, width, height, radius, screenScale);
        String initials = Placeholder.initials(talk.title());
        Font font = Font.font(null, FontWeight.BOLD, Math.max(9, Math.round(height * 0.36)));
        FontMeasure measure = FontMeasure.of(font);
        g.setFont(font);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(initials, Math.round(x + (width - measure.width(initials)) / 2), y + measure.baseline(height));
    }
}
