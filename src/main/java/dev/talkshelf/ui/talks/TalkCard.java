package dev.talkshelf.ui.talks;

import dev.talkshelf.model.Talk;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * One talk in the grid: its picture (or initials), its title on up to two lines, its speakers, and how far it was
 * watched when it is in progress. Painted into one canvas, as the table's cells are (decision 0005): the grid
 * shows a new talk in every card of a line at each scroll, and a card of labels and regions would restyle them all.
 */
final class TalkCard extends Region {
    private static final StyleablePropertyFactory<TalkCard> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FOCUSED_CARD = PseudoClass.getPseudoClass("focused-card");
    static final double PAD = 8;
    static final double RADIUS = 6;
    static final double BAR_HEIGHT = 4;
    /** The picture is asked for at one size whatever the card's, so a picture decoded once serves every width. */
    private static final double PICTURE_WIDTH = 320;
    private static final double PICTURE_HEIGHT = 180;
    static final Font TITLE = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    static final Font SPEAKERS = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, 12);

    private final StyleableProperty<Color> textColor = colour("textColor", "-ts-text-color", c -> c.textColor, Color.BLACK);
    private final StyleableProperty<Color> mutedColor = colour("mutedColor", "-ts-muted-color", c -> c.mutedColor, Color.GRAY);
    private final StyleableProperty<Color> trackColor = colour("trackColor", "-ts-track-color", c -> c.trackColor, Color.gray(0.3, 0.6));
    private final StyleableProperty<Color> progressColor = colour("progressColor", "-ts-in-progress-color", c -> c.progressColor, Color.RED);
    private final StyleableProperty<Color> placeholderColor =
            colour("placeholderColor", "-ts-placeholder-color", c -> c.placeholderColor, Color.gray(0.9));

    private final Canvas canvas = new Canvas();
    private final Thumbnails thumbnails;
    private final ChangeListener<TalkRow> rowChanged = (obs, old, now) -> showRow(now);
    private LazyRow line;
    private TalkRow row;
    private Talk pictured;
    private Image picture;
    private int index = -1;
    private List<String> paintedTitle = List.of();

    TalkCard(Thumbnails thumbnails) {
        this.thumbnails = thumbnails;
        getStyleClass().add("talk-card");
        getChildren().add(canvas);
    }

    /** The card's height for a width: picture, two title lines, the speakers, padding. */
    static double height(double width) {
        double picture = Math.round((width - 2 * PAD) * 9 / 16);
        return Math.ceil(PAD + picture + 8 + 2 * FontMeasure.of(TITLE).lineHeight() + 2
                + FontMeasure.of(SPEAKERS).lineHeight() + PAD);
    }

    /** Shows the talk at {@code index} of the rows ({@code line} its slot), or nothing for -1. */
    void show(int index, LazyRow line) {
        this.index = index;
        if (this.line != line) {
            if (this.line != null) {
                this.line.rowProperty().removeListener(rowChanged);
            }
            this.line = line;
            if (line != null) {
                line.rowProperty().addListener(rowChanged);
            }
        }
        setVisible(line != null);
        if (line != null) {
            line.request();
        }
        showRow(line == null ? null : line.row());
    }

    private void showRow(TalkRow now) {
        row = now;
        Talk talk = now == null ? null : now.talk();
        if (!Thumbnails.samePicture(talk, pictured)) {
            pictured = talk;
            picture = null;
            if (talk != null && thumbnails != null) {
                thumbnails.show(talk, PICTURE_WIDTH, PICTURE_HEIGHT, () -> pictured == talk, loaded -> {
                    picture = loaded;
                    repaint();
                });
            }
        }
        setAccessibleText(now == null ? null : now.title() + (now.speakers().isEmpty() ? "" : ", " + now.speakers()));
        repaint();
    }

    int index() {
        return index;
    }

    TalkRow row() {
        return row;
    }

    void setSelected(boolean selected, boolean focused) {
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(FOCUSED_CARD, focused);
    }

    boolean isSelected() {
        return getPseudoClassStates().contains(SELECTED);
    }

    /** Whether the talk's picture is painted (rather than its initials); for tests. */
    boolean showsPicture() {
        return picture != null;
    }

    /** The title as last painted, line by line; for tests. */
    List<String> paintedTitle() {
        return paintedTitle;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    private void repaint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        paintedTitle = List.of();
        if (w <= 0 || h <= 0 || line == null) {
            return;
        }
        double pw = w - 2 * PAD;
        double ph = Math.round(pw * 9 / 16);
        if (row == null) {
            g.setFill(placeholderColor.getValue());
            g.fillRoundRect(PAD, PAD, pw, ph, 2 * RADIUS, 2 * RADIUS);
            g.fillRoundRect(PAD, PAD + ph + 10, pw * 0.8, 10, 8, 8);
            return;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        if (picture != null) {
            PicturePaint.picture(g, picture, PAD, PAD, pw, ph, RADIUS);
        } else {
            PicturePaint.initials(g, row.talk(), PAD, PAD, pw, ph, RADIUS, scale);
        }
        if (row.progress() >= 0) {
            double y = PAD + ph - BAR_HEIGHT;
            g.save();
            PaintedGlyph.roundedRect(g, PAD, PAD, pw, ph, RADIUS);
            g.clip();
            g.setFill(trackColor.getValue());
            g.fillRect(PAD, y, pw, BAR_HEIGHT);
            g.setFill(progressColor.getValue());
            g.fillRect(PAD, y, Math.max(BAR_HEIGHT, Math.round(pw * row.progress())), BAR_HEIGHT);
            g.restore();
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        FontMeasure title = FontMeasure.of(TITLE);
        double y = PAD + ph + 8;
        paintedTitle = TextFit.twoLines(row.title(), pw, title::advance);
        g.setFont(TITLE);
        g.setFill(textColor.getValue());
        for (String text : paintedTitle) {
            g.fillText(text, PAD, Math.round(y + title.ascent()));
            y += title.lineHeight();
        }
        FontMeasure speakers = FontMeasure.of(SPEAKERS);
        y = PAD + ph + 8 + 2 * title.lineHeight() + 2;
        g.setFont(SPEAKERS);
        g.setFill(mutedColor.getValue());
        g.fillText(speakers.fit(row.speakers(), pw), PAD, Math.round(y + speakers.ascent()));
    }

    /** The whole title and speakers, when the title did not fit on two lines. */
    String tip() {
        if (row == null) {
            return null;
        }
        String shown = String.join(" ", paintedTitle);
        boolean cut = paintedTitle.size() > 1 && paintedTitle.get(1).endsWith(TextFit.ELLIPSIS);
        return cut || !shown.equals(row.title().strip()) && !shown.isEmpty() && shown.endsWith(TextFit.ELLIPSIS)
                ? row.title() + (row.speakers().isEmpty() ? "" : "\n" + row.speakers()) : null;
    }

    private StyleableProperty<Color> colour(String name, String css,
                                            Function<TalkCard, StyleableProperty<Color>> self, Color fallback) {
        StyleableProperty<Color> property = STYLES.createStyleableColorProperty(this, name, css, self, fallback);
        ((javafx.beans.value.ObservableValue<?>) property).addListener(o -> repaint());
        return property;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }
}
