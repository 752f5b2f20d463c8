package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.settings.WindowSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The window's first frame at launch: the library's first page drawn on one canvas, each title and byline where the
 * list will show it, on the window's bands (top bar, sidebar, list header, status bar) in the theme's colours. It holds
 * no control, so it needs no stylesheet and no CSS pass: the first CSS and layout pass of the whole window took ~0.5 s
 * of an idle start, longer than the rest of the start together. The whole window is built and takes its place on the
 * following pulses, its rows where these were. Read-only: it takes no input in its few hundred milliseconds.
 *
 * <p>The geometry follows the window's at its default style (MainWindow's split panes, the table's fixed columns and
 * row heights); {@code FirstFrameTest} compares it with the real window's, so a change there that this misses fails.
 */
public final class FirstFrame extends Region {
    static final double TOP_BAR = 54;
    static final double HEADER = 40;
    static final double STATUS_BAR = 27;
    static final double DIVIDER = 4;
    static final double CELL_PADDING = 7;
    static final double DETAILS_MIN = 300;

    /** Primer's colours the frame paints with (AtlantaFX's -color-* of each theme; the split panes' divider). */
    record Colours(Color background, Color subtle, Color border, Color rowLine, Color divider, Color text, Color muted,
                   Color accent) {
    }

    static final Colours LIGHT = new Colours(Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#d0d7de"),
            Color.web("#d0d7de"), Color.web("#eeeeef"), Color.web("#24292f"), Color.web("#57606a"), Color.web("#0969da"));
    static final Colours DARK = new Colours(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#30363d"),
            Color.web("#30363d"), Color.web("#181c22"), Color.web("#c9d1d9"), Color.web("#8b949e"), Color.web("#58a6ff"));

    private final Canvas canvas = new Canvas();
    private final List<TalkRow> rows;
    private final boolean compact;
    private final double sidebarDivider;
    private final double detailsDivider;
    private final double fixedBefore;
    private final double reservedAfter;
    private final Colours colours;
    private final List<String> paintedTitles = new ArrayList<>();

    private FirstFrame(List<TalkRow> rows, boolean compact, WindowSettings settings, Colours colours) {
        this.rows = rows;
        this.compact = compact;
        this.sidebarDivider = settings.sidebarDivider();
        this.detailsDivider = settings.detailsDivider();
        this.colours = colours;
        Map<String, Double> widths = settings.columnWidths();
        this.fixedBefore = shown(widths, "thumbnail") * 60 + shown(widths, "status") * 52;
        Set<FilledColumns> filled = FilledColumns.of(rows);
        double after = 0;
        if (compact) {
            after += filled.contains(FilledColumns.SPEAKERS) ? shown(widths, "speakers") * pref(widths, "speakers", 120) : 0;
            after += filled.contains(FilledColumns.EVENT) ? shown(widths, "event") * pref(widths, "event", 90) : 0;
            after += filled.contains(FilledColumns.YEAR) ? shown(widths, "year") * 54 : 0;
            after += filled.contains(FilledColumns.LENGTH) ? shown(widths, "duration") * 72 : 0;
        }
        after += filled.contains(FilledColumns.RATING) ? shown(widths, "rating") * 80 : 0;
        after += filled.contains(FilledColumns.TOPICS) ? shown(widths, "topics") * pref(widths, "topics", 150) : 0;
        this.reservedAfter = after;
        setMouseTransparent(true);
        getChildren().add(canvas);
    }

    /**
     * The first frame for {@code page} in the window {@code settings} describe, or empty when there is nothing to draw
     * or the talks are shown as a grid (the whole window comes first then, as before).
     */
    public static Optional<FirstFrame> of(FirstPage page, WindowSettings settings, boolean dark) {
        TalkLayout layout = TalkLayout.parse(settings.talkLayout());
        if (page == null || page.rows().isEmpty() || layout == TalkLayout.GRID) {
            return Optional.empty();
        }
        int shown = Math.min(page.rows().size(), 60);
        return Optional.of(new FirstFrame(page.rows().subList(0, shown), layout == TalkLayout.COMPACT, settings,
                dark ? DARK : LIGHT));
    }

    private static int shown(Map<String, Double> widths, String column) {
        Double w = widths.get(column);
        return w != null && w < 0 ? 0 : 1;
    }

    private static double pref(Map<String, Double> widths, String column, double fallback) {
        Double w = widths.get(column);
        return w != null && w > 0 ? w : fallback;
    }

    /** Where the list's first title is painted, in this frame's coordinates: x, y of its cell's canvas, width, row height. */
    double[] titleBox(double width) {
        double tableX = tableX(width);
        double x = tableX + 1 + fixedBefore + CELL_PADDING;
        double right = tableRight(width) - 1 - reservedAfter - CELL_PADDING;
        return new double[] {x, TOP_BAR + 1 + HEADER, Math.max(0, right - x), rowHeight()};
    }

    private double rowHeight() {
        return compact ? TalkListView.COMPACT_HEIGHT : TalkListView.COMFORTABLE_HEIGHT;
    }

    /** The outer split pane's divider starts here (and the sidebar's slot ends). */
    private double sidebarEnd(double width) {
        return Math.round(sidebarDivider * width - DIVIDER / 2);
    }

    private double tableX(double width) {
        return sidebarEnd(width) + DIVIDER;
    }

    /** The inner split pane's divider: at its position, or further left where the details' slot keeps its width. */
    private double tableRight(double width) {
        double x = tableX(width);
        return Math.min(Math.round(x + detailsDivider * (width - x) - DIVIDER / 2), width - DETAILS_MIN - DIVIDER);
    }

    Font titleFont() {
        return Font.font("System", compact ? FontWeight.NORMAL : FontWeight.BOLD, 13);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint(canvas.getGraphicsContext2D(), w, h);
        }
    }

    private void paint(GraphicsContext g, double w, double h) {
        Colours c = colours;
        paintedTitles.clear();
        g.setFill(c.background());
        g.fillRect(0, 0, w, h);
        g.setFill(c.subtle());
        g.fillRect(0, 0, w, TOP_BAR - 1);
        g.fillRect(0, TOP_BAR, sidebarEnd(w), h - TOP_BAR);
        g.fillRect(0, h - STATUS_BAR, w, STATUS_BAR);
        g.setFill(c.border());
        g.fillRect(0, TOP_BAR - 1, w, 1);
        double tableX = tableX(w);
        double right = tableRight(w);
        g.setFill(c.divider());
        g.fillRect(sidebarEnd(w), TOP_BAR, DIVIDER, h - TOP_BAR - STATUS_BAR);
        g.fillRect(right, TOP_BAR, DIVIDER, h - TOP_BAR - STATUS_BAR);
        g.setFill(c.border());
        g.fillRect(tableX, TOP_BAR, right - tableX, 1);
        g.fillRect(tableX, TOP_BAR, 1, h - TOP_BAR - STATUS_BAR);
        g.fillRect(right - 1, TOP_BAR, 1, h - TOP_BAR - STATUS_BAR);
        g.fillRect(tableX, h - STATUS_BAR - 1, right - tableX, 1);
        g.setFill(c.subtle());
        g.fillRect(tableX + 1, TOP_BAR + 1, right - tableX - 2, HEADER - 1);
        g.setFill(c.border());
        g.fillRect(tableX + 1, TOP_BAR + HEADER, right - tableX - 2, 1);
        paintBrand(g, c);
        double[] box = titleBox(w);
        double rowHeight = box[3];
        Font font = titleFont();
        double bottom = h - STATUS_BAR - 1;
        for (int i = 0; i < rows.size(); i++) {
            double top = box[1] + i * rowHeight;
            if (top >= bottom) {
                break;
            }
            g.setFill(c.rowLine());
            g.fillRect(tableX + 1, top + rowHeight - 1, right - tableX - 2, 1);
            TalkRow row = rows.get(i);
            g.save();
            g.beginPath();
            g.rect(tableX + 1, top, right - tableX - 2, Math.min(rowHeight, bottom - top));
            g.clip();
            g.translate(box[0], top);
            TitleCell.Painted painted = TitleCell.paintText(g, row.title() == null ? "" : row.title(), compact ? "" : row.byline(), font, c.text(),
                    c.muted(), box[2], rowHeight);
            paintedTitles.add(painted.title());
            g.restore();
        }
    }

    /** The titles as last painted, top to bottom (whole, or cut with "…"). */
    public List<String> paintedTitles() {
        return List.copyOf(paintedTitles);
    }

    Colours colours() {
        return colours;
    }

    /** "TalkShelf" where the top bar's brand label shows it. */
    private static void paintBrand(GraphicsContext g, Colours c) {
        FontMeasure brand = FontMeasure.of(Font.font("System", FontWeight.BOLD, 16));
        g.setFont(brand.font());
        g.setFill(c.accent());
        g.fillText("TalkShelf", 15, 16 + Math.round(brand.ascent()));
    }
}
