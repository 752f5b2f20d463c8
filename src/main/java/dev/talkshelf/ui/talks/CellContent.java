package dev.talkshelf.ui.talks;

import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.theme.Icons;
import dev.talkshelf.ui.thumbnails.ThumbnailView;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.util.List;
import java.util.function.Function;
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

    static CellContent text(Function<TalkRow, String> value, String style) {
        Label label = new Label();
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return new CellContent() {
            @Override
            public Node node() {
                return label;
            }

            @Override
            public String show(TalkRow row) {
                String text = value.apply(row);
                label.setText(text);
                return text != null && text.length() > LONG_TEXT ? text : null;
            }
        };
    }

    static CellContent thumbnail(Thumbnails thumbnails) {
        ThumbnailView view = new ThumbnailView(thumbnails, 64, 36);
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

    /** The watch-state glyph, then a progress bar (in progress) or a word (skipped). */
    final class Status implements CellContent {
        private final Region glyph = Icons.of(Icons.UNWATCHED, 14);
        private ProgressBar bar; // made when the cell first shows a talk in progress; most never do
        private final Label label = new Label();
        private final HBox box = new HBox(6, glyph, label);
        private String glyphStyle;

        Status() {
            box.setAlignment(Pos.CENTER_LEFT);
            label.getStyleClass().add("status-text");
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
                SVGPath shape = new SVGPath();
                shape.setContent(switch (s) {
                    case WATCHED -> Icons.WATCHED;
                    case IN_PROGRESS -> Icons.IN_PROGRESS;
                    case SKIPPED -> Icons.SKIPPED;
                    case UNWATCHED -> Icons.UNWATCHED;
                });
                glyph.setShape(shape);
            }
            if (row.progress() >= 0 && bar == null) {
                bar = new ProgressBar(row.progress());
                bar.setPrefWidth(48);
                bar.getStyleClass().add("watch-progress");
            }
            Node second = row.progress() >= 0 ? bar : label;
            if (box.getChildren().get(1) != second) {
                box.getChildren().set(1, second);
            }
            if (row.progress() >= 0) {
                bar.setProgress(row.progress());
            } else {
                label.setText(s == WatchStatus.SKIPPED ? "skipped" : "");
            }
            return s.label();
        }
    }

    /** One chip per topic, reusing the chip labels the cell already has. */
    final class Chips implements CellContent {
        private final HBox box = new HBox(4);

        Chips() {
            box.setAlignment(Pos.CENTER_LEFT);
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
                chips.add(chip);
            }
            if (chips.size() > topics.size()) {
                chips.remove(topics.size(), chips.size());
            }
            for (int i = 0; i < topics.size(); i++) {
                ((Label) chips.get(i)).setText(topics.get(i));
            }
            return null;
        }
    }
}
