package dev.talkshelf.ui.imports;

import dev.talkshelf.service.TitlePreview;
import dev.talkshelf.service.TitlePreviews;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Paste titles…": the pasted text parsed line by line as the user types (debounced), each line an editable
 * row; a row the user corrected keeps the correction when the text is parsed again.
 */
public final class PasteTitlesViewModel {
    private static final long DEBOUNCE_MS = 200;

    private final ImportViewModel imports;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Paste one talk title per line");
    private final ReadOnlyStringWrapper layout = new ReadOnlyStringWrapper(this, "layout", "");
    private long generation;

    /** One line as the user will import it: every cell editable. */
    public static final class Row {
        private final String line;
        private final StringProperty title = new SimpleStringProperty(this, "title");
        private final StringProperty speakers = new SimpleStringProperty(this, "speakers");
        private final StringProperty event = new SimpleStringProperty(this, "event");
        private final StringProperty topics = new SimpleStringProperty(this, "topics");
        private final BooleanProperty include = new SimpleBooleanProperty(this, "include", true);
        private final String duplicateOf;
        private boolean edited;

        Row(TitlePreview p) {
            this.line = p.line();
            this.duplicateOf = p.duplicateOf();
            title.set(p.title());
            speakers.set(String.join(", ", p.speakers()));
            event.set(p.event() == null ? "" : p.event());
            topics.set(String.join(" ", p.topics()));
            include.set(!p.isDuplicate());
            title.addListener((o, a, b) -> edited = true);
            speakers.addListener((o, a, b) -> edited = true);
            event.addListener((o, a, b) -> edited = true);
            topics.addListener((o, a, b) -> edited = true);
        }

        public String line() {
            return line;
        }

        public StringProperty titleProperty() {
            return title;
        }

        public StringProperty speakersProperty() {
            return speakers;
        }

        public StringProperty eventProperty() {
            return event;
        }

        public StringProperty topicsProperty() {
            return topics;
        }

        public BooleanProperty includeProperty() {
            return include;
        }

        /** The title of the talk already in the library that this line repeats; null when new. */
        public String duplicateOf() {
            return duplicateOf;
        }

        public boolean isEdited() {
            return edited;
        }

        /** The row as the import service takes it. */
        public TitlePreview toPreview() {
            return new TitlePreview(line, title.get().strip(), splitNames(speakers.get()), event.get().strip(),
                    splitTopics(topics.get()), duplicateOf);
        }
    }

    public PasteTitlesViewModel(ImportViewModel imports) {
        this.imports = imports;
    }

    /** The pasted text changed: parse it again shortly. */
    public void textChanged(String text) {
        imports.tasks().debounce(this, DEBOUNCE_MS, () -> parse(text));
    }

    /** Parses now (the debounced call, and tests). */
    public void parse(String text) {
        long mine = ++generation;
        List<String> lines = Arrays.asList((text == null ? "" : text).split("\\R"));
        imports.tasks().run(() -> imports.service().previewTitleBatch(lines), previews -> {
            if (mine == generation) {
                apply(previews);
            }
        }, e -> imports.errors().report("read the pasted titles", e, null));
    }

    private void apply(TitlePreviews batch) {
        List<TitlePreview> previews = batch.rows();
        Map<String, Row> edited = new HashMap<>();
        for (Row r : rows) {
            if (r.isEdited()) {
                edited.putIfAbsent(r.line(), r);
            }
        }
        List<Row> next = new ArrayList<>();
        for (TitlePreview p : previews) {
            Row kept = edited.remove(p.line());
            next.add(kept != null ? kept : new Row(p));
        }
        rows.setAll(next);
        long duplicates = next.stream().filter(r -> r.duplicateOf() != null).count();
        summary.set(next.isEmpty() ? "Paste one talk title per line"
                : next.size() + (next.size() == 1 ? " talk" : " talks")
                + (duplicates > 0 ? " · " + duplicates + " already in the library (unchecked)" : ""));
        layout.set(layoutText(batch.layout(), next.size()));
    }

    /** "Layout found: Title | Speaker | Event (18 of 20 lines)"; empty for fewer than two lines. */
    static String layoutText(String found, int lines) {
        if (found != null) {
            return "Layout found: " + found;
        }
        return lines < 2 ? "" : "No shared layout: each line read on its own";
    }

    /** Imports the checked rows. */
    public void importChecked() {
        List<TitlePreview> chosen = rows.stream().filter(r -> r.includeProperty().get()).map(Row::toPreview).toList();
        imports.importTitles(chosen);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The layout the pasted lines share, which settled the lines the parser was unsure of. */
    public ReadOnlyStringProperty layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** "Ada Lovelace, Alan Turing" or "Ada Lovelace & Alan Turing": the names, trimmed, none empty. */
    public static List<String> splitNames(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\s*(?:,|;|&|\\band\\b)\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Topics typed with spaces or commas between them: "python/typing, testing". */
    public static List<String> splitTopics(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
