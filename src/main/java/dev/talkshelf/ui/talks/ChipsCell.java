package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.shared.Tips;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TableCell;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A talk's topics as chips. Chips keep their full width and the ones that do not fit are cut off at the cell's
 * edge (all of them are in the tooltip): a row of "…" chips says nothing.
 */
final class ChipsCell extends PaintedCell {
    private static final StyleablePropertyFactory<ChipsCell> STYLES =
            new StyleablePropertyFactory<>(TableCell.getClassCssMetaData());

    private static final double PAD_X = 8;
    private static final double PAD_Y = 2;
    private static final double GAP = 4;

    private List<String> topics = List.of();
    private final StyleableProperty<Color> chipColor =
            colour(STYLES, this, "chipColor", "-ts-chip-color", c -> c.chipColor, Color.LIGHTBLUE);
    private final StyleableProperty<Color> chipTextColor =
            colour(STYLES, this, "chipTextColor", "-ts-chip-text-color", c -> c.chipTextColor, Color.NAVY);

    ChipsCell(Tips.Shared sharedTip) {
        super(sharedTip);
        getStyleClass().add("chips-cell");
    }

    @Override
    void showNothing(boolean empty) {
        topics = List.of();
        setAccessibleText(null);
        repaint();
    }

    @Override
    void show(TalkRow row) {
        topics = row.talk().tags();
        setAccessibleText(String.join(", ", topics));
        repaint();
    }

    @Override
    void paint(GraphicsContext g, double width, double height) {
        if (topics.isEmpty()) {
            return;
        }
        FontMeasure measure = FontMeasure.of(getFont());
        double chipHeight = Math.round(measure.lineHeight() + 2 * PAD_Y);
        double top = Math.round((height - chipHeight) / 2);
        double baseline = top + measure.baseline(chipHeight);
        g.setFont(getFont());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        Color chip = chipColor.getValue();
        double scale = screenScale();
        g.setFill(chipTextColor.getValue());
        double x = 0;
        for (String topic : topics) {
            if (x >= width) {
                break;
            }
            double chipWidth = Math.ceil(measure.width(topic) + 2 * PAD_X);
            Stamps.pill(g, chip, x, top, chipWidth, chipHeight, scale);
            g.fillText(topic, x + PAD_X, baseline);
            x += chipWidth + GAP;
        }
    }

    @Override
    String tip() {
        return topics.isEmpty() ? null : String.join(", ", topics);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return STYLES.getCssMetaData();
    }

    Color chipColor() {
        return chipColor.getValue();
    }

    List<String> topics() {
        return topics;
    }
}
