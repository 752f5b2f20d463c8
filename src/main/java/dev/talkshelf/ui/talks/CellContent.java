package dev.talkshelf.ui.talks;

import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.theme.Icons;
import dev.talkshelf.ui.thumbnails.ThumbnailView;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * What one table cell draws, built once per cell and refilled for each row it shows. Cells are recycled as the
 * table scrolls and as results arrive; making fresh labels, icons and tooltips for every row stalled the FX thread.
 */
interface CellContent {

    Node node();

    /** Shows {@code row}; answers the text of its tooltip, or null for none. */
    String show(TalkRow row);

    /** Text longer than this gets a tooltip with all of it. */
    int LONG_TEXT = 30;

    static CellContent thumbnail(Thumbnails thumbnails) {
        ThumbnailView view = new ThumbnailView(thumbnails, 48, 27);
        return new CellContent() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public String show(TalkRow row) {
                view.show(row.talk());
                return null;
            }
        };
    }

    static CellContent status() {
        return new Status();
    }

    static CellContent chips() {
        return new Chips();
    }

    /** The watch-state glyph, then a small progress bar when in progress; the word is in the tooltip. */
    final class Status implements CellContent {
        private final Region glyph = Icons.of(Icons.UNWATCHED, 14);
        private ProgressBar bar; // made when the cell first shows a talk in progress; most never do
        private final HBox box = new HBox(4, glyph);
        private String glyphStyle;

        Status() {
            box.setAlignment(Pos.CENTER_LEFT);
        }

        /** One parsed outline per state, shared by every status cell (a region only reads its shape). */
        private static final java.util.Map<WatchStatus, SVGPath> SHAPES = new java.util.EnumMap<>(WatchStatus.class);

        private static SVGPath shape(WatchStatus s) {
            SVGPath shape = new SVGPath();
            shape.setContent(switch (s) {
                case WATCHED -> Icons.WATCHED;
                case IN_PROGRESS -> Icons.IN_PROGRESS;
                case SKIPPED -> Icons.SKIPPED;
                case UNWATCHED -> Icons.UNWATCHED;
            });
            return shape;
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public String show(TalkRow row) {
            WatchStatus s = row.talk().status();
            String style = "status-" + s.label();
            if (!style.equals(glyphStyle)) {
                if (glyphStyle != null) {
                    glyph.getStyleClass().remove(glyphStyle);
                }
                glyph.getStyleClass().add(style);
                glyphStyle = style;
                glyph.setShape(SHAPES.computeIfAbsent(s, Status::shape));
            }
            if (row.progress() >= 0 && bar == null) {
                bar = new ProgressBar(row.progress());
                bar.setPrefWidth(20);
                bar.getStyleClass().add("watch-progress");
            }
            boolean inProgress = row.progress() >= 0;
            if (inProgress != (box.getChildren().size() > 1)) {
                if (inProgress) {
                    box.getChildren().add(bar);
                } else {
                    box.getChildren().remove(1);
                }
            }
            if (inProgress) {
                bar.setProgress(row.progress());
            }
            return row.progress() >= 0 ? s.label() + " · " + Math.round(row.progress() * 100) + "%" : s.label();
        }
    }

    /** One chip per topic, reusing the chip labels the cell already has. */
    final class Chips implements CellContent {
        private final HBox box = new HBox(4);

        Chips() {
            box.setAlignment(Pos.CENTER_LEFT);
            // Chips keep their full width and the ones that do not fit are cut off at the cell's edge (all of them
            // are in the tooltip): a row of "..." chips says nothing.
            box.setMinWidth(0);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(box.widthProperty());
            clip.heightProperty().bind(box.heightProperty());
            box.setClip(clip);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public String show(TalkRow row) {
            List<String> topics = row.talk().tags();
            javafx.collections.ObservableList<Node> chips = box.getChildren();
            while (chips.size() < topics.size()) {
                Label chip = new Label();
                chip.getStyleClass().add("chip");
                chip.setMinWidth(Region.USE_PREF_SIZE);
                chips.add(chip);
            }
            if (chips.size() > topics.size()) {
                chips.remove(topics.size(), chips.size());
            }
            for (int i = 0; i < topics.size(); i++) {
                ((Label) chips.get(i)).setText(topics.get(i));
            }
            return topics.isEmpty() ? null : String.join(", ", topics);
        }
    }
}
