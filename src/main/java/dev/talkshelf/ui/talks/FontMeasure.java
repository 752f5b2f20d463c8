package dev.talkshelf.ui.talks;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
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
        measureCommonCharacters();
    }

    /**
     * Printable ASCII and the few other characters every page paints ("…", "·", "★", "☆"), measured from one layout
     * of them all: the caret's place before each character. Why: one layout per character cost ~40 ms of the FX
     * thread's first page. JavaFX lays out such text glyph after glyph with no kerning, so each character's
     * advance is the same as when it stands alone ({@code FontMeasureTest} holds that).
     */
    private void measureCommonCharacters() {
        probe.setText(COMMON);
        double[] caret = new double[COMMON.length() + 1];
        for (int i = 0; i < COMMON.length(); i++) {
            caret[i] = caretX(i);
        }
        caret[COMMON.length()] = probe.getLayoutBounds().getWidth();
        for (int i = 0; i < COMMON.length(); i++) {
            double advance = caret[i + 1] - caret[i];
            if (!(advance > 0)) { // no caret where it should be: measure this set the slow way
                advances.clear();
                return;
            }
            advances.put((int) COMMON.charAt(i), advance);
        }
    }

    private double caretX(int index) {
        PathElement[] caret = probe.caretShape(index, true);
        return caret.length > 0 && caret[0] instanceof MoveTo move ? move.getX() : Double.NaN;
    }

    /** The characters measured together; none is a space at the end (a line's trailing space may not count). */
    static final String COMMON;

    static {
        StringBuilder common = new StringBuilder();
        for (char c = 33; c < 127; c++) {
            common.append(c);
            if (c == 'A') {
                common.append(' ');
            }
        }
        COMMON = common.append("…·★☆").toString();
    }

    /** An advance measured alone, as before the common characters were measured together; for tests. */
    double advanceAlone(int codePoint) {
        probe.setText(Character.toString(codePoint));
        return probe.getLayoutBounds().getWidth();
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
