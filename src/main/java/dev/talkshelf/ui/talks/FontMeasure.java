package dev.talkshelf.ui.talks;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Advance widths and line metrics of one font, measured once per character with a detached {@link Text} and kept:
 * painting a page of rows then measures by table lookups instead of laying out every string. FX thread only.
 */
final class FontMeasure {
    private static final Map<Font, FontMeasure> MEASURES = new HashMap<>();

    private final Font font;
    private final Text probe = new Text();
    private final Map<Integer, Double> advances = new HashMap<>();
    private final double lineHeight;
    private final double ascent;

    private FontMeasure(Font font) {
        this.font = font;
        probe.setFont(font);
        probe.setText("Hg");
        this.lineHeight = probe.getLayoutBounds().getHeight();
        this.ascent = probe.getBaselineOffset();
    }

    static FontMeasure of(Font font) {
        return MEASURES.computeIfAbsent(font, FontMeasure::new);
    }

    Font font() {
        return font;
    }

    double lineHeight() {
        return lineHeight;
    }

    double advance(int codePoint) {
        Double known = advances.get(codePoint);
        if (known == null) {
            probe.setText(Character.toString(codePoint));
            known = probe.getLayoutBounds().getWidth();
            advances.put(codePoint, known);
        }
        return known;
    }

    double width(String text) {
        return TextFit.width(text, this::advance);
    }

    String fit(String text, double available) {
        return TextFit.fit(text, available, this::advance);
    }

    /** How far the baseline is below the top of a line. */
    double ascent() {
        return ascent;
    }

    /** Where the baseline goes for a line of this font centred in {@code height}, on a whole pixel. */
    double baseline(double height) {
        return Math.round((height - lineHeight) / 2 + ascent);
    }
}
