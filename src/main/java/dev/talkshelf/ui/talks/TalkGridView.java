package dev.talkshelf.ui.talks;

import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The talks as a grid of cards. JavaFX has no virtual grid, so this is a {@link VirtualFlow} of lines of N cards,
 * N from the width: only the lines on screen exist, as with the table, whatever the number of talks, and a line's
 * cards fetch their page when shown. Selection, Enter and double-click to play, the context menu, W/U/Delete and
 * dragging to a playlist are the list's, through the same view model.
 */
public final class TalkGridView {
    static final double MIN_CARD_WIDTH = 210;
    static final double GAP = 12;
    static final double SIDE = 12;
    private static final double SCROLLBAR = 16;

    private final TalkListViewModel model;
    private final TalkMenu menu;
    private final Thumbnails thumbnails;
    private final Lines flow = new Lines();
    private final StackPane root = new StackPane(flow);
    private final Tooltip tip = new Tooltip();
    private final ContextMenu contextMenu;
    private final BitSet selected = new BitSet();
    private int focused = -1;
    private int anchor = -1;
    private int columns = 1;
    private double cardWidth = MIN_CARD_WIDTH;
    private Node placeholder = new Label("No talks match this search");
    private ObservableList<LazyRow> rows;
    private final ListChangeListener<LazyRow> sizeChanged = c -> updateCount();

    TalkGridView(TalkListViewModel model, Thumbnails thumbnails, TalkMenu menu) {
        this.model = model;
        this.thumbnails = thumbnails;
        this.menu = menu;
        this.contextMenu = menu.build();
        root.setId("talk-grid");
        root.getStyleClass().add("talk-grid");
        flow.getStyleClass().add("talk-grid-flow");
        flow.setFocusTraversable(true);
        flow.setCellFactory(f -> new Line());
        flow.widthProperty().addListener((obs, old, now) -> fitColumns(now.doubleValue()));
        model.rowsProperty().addListener((obs, old, now) -> watch(now));
        watch(model.rowsProperty().get());
        model.searchesProperty().addListener((obs, old, now) -> {
            selected.clear();
            anchor = -1;
            focused = rows.isEmpty() ? -1 : 0;
            flow.scrollToTop(0);
            pushSelection();
        });
        flow.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // The menu opens on the secondary button's press (as the table's does on Linux), or from the keyboard's menu
        // key at the focused card.
        flow.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            contextMenu.hide();
            if (e.getButton() == MouseButton.SECONDARY) {
                TalkCard card = cardAt(e.getPickResult().getIntersectedNode());
                if (card != null && card.index() >= 0 && !selected.get(card.index())) {
                    selectOnly(card.index());
                }
                contextMenu.show(flow, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        flow.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                contextMenu.show(flow, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private void watch(PagedRows now) {
        if (rows != null) {
            rows.removeListener(sizeChanged);
        }
        rows = now;
        rows.addListener(sizeChanged);
        updateCount();
    }

    /** Lines of cards for the rows there are; every line is shown afresh (its cards may now hold other talks). */
    private void updateCount() {
        int lines = (rows.size() + columns - 1) / columns;
        flow.setCellCount(lines);
        flow.rebuild();
        root.getChildren().setAll(rows.isEmpty() ? List.of(flow, placeholder) : List.of(flow));
    }

    /** As many cards as fit at the smallest card width, then widened to fill the line. */
    private void fitColumns(double width) {
        double room = Math.max(MIN_CARD_WIDTH, width - 2 * SIDE - SCROLLBAR);
        int fit = Math.max(1, (int) ((room + GAP) / (MIN_CARD_WIDTH + GAP)));
        double w = Math.floor((room - GAP * (fit - 1)) / fit);
        if (fit == columns && w == cardWidth) {
            return;
        }
        int keep = focused >= 0 ? focused : firstShownIndex();
        columns = fit;
        cardWidth = w;
        flow.setFixedCellSize(TalkCard.height(w) + GAP);
        flow.recreate();
        updateCount();
        if (keep > 0) {
            flow.scrollTo(keep / columns);
        }
    }

    private int firstShownIndex() {
        Line first = flow.getFirstVisibleCell();
        return first == null ? 0 : first.getIndex() * columns;
    }

    /** One line of the grid: {@code columns} cards for talks {@code index * columns} onwards. */
    private final class Line extends IndexedCell<Object> {
        private final HBox box = new HBox(GAP);
        private final List<TalkCard> cards = new ArrayList<>();

        Line() {
            getStyleClass().setAll("talk-grid-line");
            box.setPadding(new Insets(GAP / 2, SIDE, GAP / 2, SIDE));
            getChildren().add(box);
        }

        /** A skin that only lays the line's box of cards over the whole line (a bare IndexedCell has none). */
        @Override
        protected Skin<?> createDefaultSkin() {
            return new SkinBase<Line>(this) {
                @Override
                protected void layoutChildren(double x, double y, double w, double h) {
                    box.resizeRelocate(0, 0, getWidth(), getHeight());
                }
            };
        }

        @Override
        public void updateIndex(int i) {
            super.updateIndex(i);
            while (cards.size() < columns) {
                TalkCard card = newCard();
                cards.add(card);
                box.getChildren().add(card);
            }
            while (cards.size() > columns) {
                TalkCard card = cards.remove(cards.size() - 1);
                card.show(-1, null);
                box.getChildren().remove(card);
            }
            for (int c = 0; c < cards.size(); c++) {
                TalkCard card = cards.get(c);
                card.setPrefSize(cardWidth, TalkCard.height(cardWidth));
                card.setMinSize(cardWidth, TalkCard.height(cardWidth));
                card.setMaxSize(cardWidth, TalkCard.height(cardWidth));
                int talk = i * columns + c;
                boolean there = i >= 0 && talk < rows.size();
                card.show(there ? talk : -1, there ? rows.get(talk) : null);
                card.setSelected(there && selected.get(talk), there && talk == focused);
            }
        }
    }

    private TalkCard newCard() {
        TalkCard card = new TalkCard(thumbnails);
        card.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || card.index() < 0) {
                return;
            }
            flow.requestFocus();
            if (e.getClickCount() == 2) {
                selectOnly(card.index());
                model.play(false);
            } else if (e.isShortcutDown()) {
                selected.flip(card.index());
                focused = card.index();
                anchor = card.index();
                changed();
            } else if (e.isShiftDown() && anchor >= 0) {
                selectRange(anchor, card.index());
            } else {
                selectOnly(card.index());
            }
        });
        card.setOnMouseEntered(e -> {
            String text = card.tip();
            tip.setText(text == null ? "" : text);
            Tooltip.install(card, tip);
            if (text == null) {
                Tooltip.uninstall(card, tip);
            }
        });
        card.setOnDragDetected(e -> {
            if (card.row() != null) {
                if (!selected.get(card.index())) {
                    selectOnly(card.index());
                }
                menu.startDrag(card, card.row().talk());
            }
        });
        return card;
    }

    private void keyPressed(KeyEvent e) {
        if (e.isAltDown()) {
            return;
        }
        int step = switch (e.getCode()) {
            case LEFT -> -1;
            case RIGHT -> 1;
            case UP -> -columns;
            case DOWN -> columns;
            case PAGE_UP -> -columns * Math.max(1, visibleLines() - 1);
            case PAGE_DOWN -> columns * Math.max(1, visibleLines() - 1);
            case HOME -> Integer.MIN_VALUE / 2;
            case END -> Integer.MAX_VALUE / 2;
            default -> 0;
        };
        if (step != 0 && !rows.isEmpty()) {
            int from = focused < 0 ? 0 : focused;
            int to = (int) Math.max(0, Math.min(rows.size() - 1L, (long) from + step));
            if (e.isShiftDown()) {
                selectRange(anchor < 0 ? from : anchor, to);
            } else {
                selectOnly(to);
            }
            e.consume();
            return;
        }
        if (e.isShortcutDown()) {
            if (e.getCode() == KeyCode.A) {
                selected.set(0, rows.size());
                changed();
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case ENTER -> model.play(false);
            case W -> model.mark(WatchStatus.WATCHED);
            case U -> model.mark(WatchStatus.UNWATCHED);
            case DELETE -> model.delete();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private int visibleLines() {
        return (int) Math.max(1, flow.getHeight() / flow.getFixedCellSize());
    }

    private void selectOnly(int index) {
        selected.clear();
        selected.set(index);
        focused = index;
        anchor = index;
        changed();
    }

    private void selectRange(int from, int to) {
        selected.clear();
        selected.set(Math.min(from, to), Math.max(from, to) + 1);
        focused = to;
        anchor = from;
        changed();
    }

    private void changed() {
        if (focused >= 0) {
            flow.scrollTo(focused / columns);
        }
        for (Line line : flow.visibleLines()) {
            line.updateIndex(line.getIndex());
        }
        pushSelection();
    }

    private void pushSelection() {
        model.select(selected.stream().boxed().toList(), focused);
    }

    private static TalkCard cardAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TalkCard card) {
                return card;
            }
        }
        return null;
    }

    /** Takes the selection over from the list, when the grid is switched to. */
    void select(List<Integer> indexes, int focus) {
        selected.clear();
        indexes.forEach(selected::set);
        focused = focus;
        anchor = focus;
        flow.rebuild();
        if (focus >= 0) {
            flow.scrollTo(focus / columns);
        }
        pushSelection();
    }

    List<Integer> selectedIndexes() {
        return selected.stream().boxed().toList();
    }

    int focusedIndex() {
        return focused;
    }

    void setPlaceholder(Node node) {
        placeholder = node;
        updateCount();
    }

    void focus() {
        flow.requestFocus();
    }

    /** How many cards a line holds at the current width. */
    int columns() {
        return columns;
    }

    /** The cards on screen now that show a talk; for tests and benchmarks. */
    List<TalkCard> shownCards() {
        List<TalkCard> shown = new ArrayList<>();
        for (Line line : flow.visibleLines()) {
            for (TalkCard card : line.cards) {
                if (card.index() >= 0 && card.isVisible()) {
                    shown.add(card);
                }
            }
        }
        return shown;
    }

    /** The number of lines the flow has (not the ones on screen). */
    int lineCount() {
        return flow.getCellCount();
    }

    /** Scrolls by {@code pixels}; for benchmarks. */
    double scrollPixels(double pixels) {
        return flow.scrollPixels(pixels);
    }

    public Node root() {
        return root;
    }

    /** The flow, with its protected ways to show every line afresh opened to this view. */
    private static final class Lines extends VirtualFlow<Line> {
        void rebuild() {
            rebuildCells();
        }

        void recreate() {
            recreateCells();
        }

        List<Line> visibleLines() {
            List<Line> shown = new ArrayList<>();
            for (Line l : getCells()) {
                if (l.isVisible() && l.getScene() != null && l.getIndex() >= 0 && l.getIndex() < getCellCount()) {
                    shown.add(l);
                }
            }
            return shown;
        }
    }
}
