package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.shared.Tips;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TableCell;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The title column: in the comfortable list the title on one line and "speakers · event · year · length" under
 * it, smaller and muted; in the compact list the title alone. Cut text ends in "…" and is whole in the tooltip.
 */
final class TitleCell extends PaintedCell {
    private static final StyleablePropertyFactory<TitleCell> STYLES =
            new StyleablePropertyFactory<>(TableCell.getClassCssMetaData());
    private static final double BAR_WIDTH = 260;
    private static final double BAR_HEIGHT = 10;
    private static final double LINE_GAP = 2;

    private final StyleableProperty<Color> placeholderColor =
            colour(STYLES, this, "placeholderColor", "-ts-placeholder-color", c -> c.placeholderColor, Color.gray(0.9));
    private final StyleableProperty<Color> mutedColor =
            colour(STYLES, this, "mutedColor", "-ts-muted-color", c -> c.mutedColor, Color.gray(0.45));

    private final BooleanSupplier twoLines;
    private String title = "";
    private String byline = "";
    private boolean loading;
    private String paintedTitle = "";
    private String paintedByline = "";

    /** {@code twoLines}: whether the list is comfortable (title and byline) or compact (title only) just now. */
    TitleCell(BooleanSupplier twoLines, Tips.Shared sharedTip) {
        super(sharedTip);
        this.twoLines = twoLines;
        getStyleClass().add("title-cell");
    }

    @Override
    void showNothing(boolean empty) {
        title = "";
        byline = "";
        loading = !empty;
        setAccessibleText(null);
        repaint();
    }

    @Override
    void show(TalkRow row) {
        title = row.title() == null ? "" : row.title();
        byline = row.byline();
        loading = false;
        setAccessibleText(byline.isEmpty() ? title : title + ", " + byline);
        repaint();
    }

    @Override
    void paint(GraphicsContext g, double width, double height) {
        paintedTitle = "";
        paintedByline = "";
        if (loading) {
            g.setFill(placeholderColor.getValue());
            g.fillRoundRect(0, Math.round((height - BAR_HEIGHT) / 2), Math.min(BAR_WIDTH, width), BAR_HEIGHT, 8, 8);
            return;
        }
        if (title.isEmpty()) {
            return;
        }
        Painted painted = paintText(g, title, twoLines.getAsBoolean() ? byline : "", getFont(), getTextFill(),
                mutedColor.getValue(), width, height);
        paintedTitle = painted.title();
        paintedByline = painted.byline();
    }

    /** What {@link #paintText} drew: each line whole, or its start and "…". */
    record Painted(String title, String byline) {
    }

    /**
     * Paints a title, and under it {@code byline} unless that is empty, into a box of {@code width} x {@code height}
     * at 0, 0: the cell's painting, also the launch's first frame's ({@link FirstFrame}), so both place the text alike.
     */
    static Painted paintText(GraphicsContext g, String title, String byline, Font font, Paint fill, Color muted,
                             double width, double height) {
        FontMeasure big = FontMeasure.of(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        String fitted = big.fit(title, width);
        g.setFont(font);
        g.setFill(fill);
        if (byline.isEmpty()) {
            g.fillText(fitted, 0, big.baseline(height));
            return new Painted(fitted, "");
        }
        FontMeasure small = FontMeasure.of(bylineFont(font));
        double block = big.lineHeight() + LINE_GAP + small.lineHeight();
        double top = Math.round((height - block) / 2);
        g.fillText(fitted, 0, top + Math.round(big.ascent()));
        String fittedByline = small.fit(byline, width);
        g.setFont(small.font());
        g.setFill(muted);
        g.fillText(fittedByline, 0, top + Math.round(big.lineHeight() + LINE_GAP + small.ascent()));
        return new Painted(fitted, fittedByline);
    }

    /** The byline's font: the title's family, not bold, a little smaller. */
    static Font bylineFont(Font title) {
        return Font.font(title.getFamily(), FontWeight.NORMAL, Math.round(title.getSize() * 0.88));
    }

    /** The whole title (and byline) when either was cut. */
    @Override
    String tip() {
        boolean titleCut = !paintedTitle.equals(title);
        boolean bylineCut = twoLines.getAsBoolean() && !paintedByline.equals(byline);
        if (!titleCut && !bylineCut) {
            return null;
        }
        return bylineCut ? title + "\n" + byline : title;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLES.getCssMetaData();
    }

    String title() {
        return title;
    }

    /** The whole title the cell stands for (as {@link TextCell#value()}). */
    String value() {
        return title;
    }

    /** The title as last painted (as {@link TextCell#painted()}). */
    String painted() {
        return paintedTitle;
    }

    /** The title as last painted: whole, or its start and "…". */
    String paintedTitle() {
        return paintedTitle;
    }

    /** The byline as last painted; empty in the compact list. */
    String paintedByline() {
        return paintedByline;
    }
}
