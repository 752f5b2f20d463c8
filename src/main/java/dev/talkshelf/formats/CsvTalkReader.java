package dev.talkshelf.formats;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.Limits;
import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a spreadsheet export with a header row (comma, ';' or tab separated, found from the header; see
 * {@link CsvFiles}). Columns are found by name (any case, any order; unknown ones are ignored) and only
 * {@code title} is required. Cells that {@link CsvTalkWriter} protected against formula
 * injection get their leading apostrophe back off, so a written file reads back the same.
 */
public final class CsvTalkReader implements TalkReader {
    private static final List<String> COLUMNS = List.of("title", "speakers", "event", "year", "tags", "url", "duration", "status");
    private static final Map<String, String> ALIASES = Map.of("speaker", "speakers", "media", "url", "link", "url", "tag", "tags",
            "topics", "tags", "length", "duration");

    @Override
    public String formatName() {
        return "csv";
    }

    /**
     * A CSV with exactly the header {@link CsvTalkWriter} writes is TalkShelf's own export: its topics are the
     * user's, kept as they are (an export imported back gives the same library). Any other CSV is a spreadsheet's.
     */
    @Override
    public boolean tagsFromElsewhere(Path source) {
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first == null || !first.replace("\uFEFF", "").strip().equals(String.join(",", CsvTalkWriter.HEADER));
        } catch (IOException | UncheckedIOException e) {
            return true; // unreadable here means the read itself reports it
        }
    }

    @Override
    public ImportBatch read(Path source, ImportContext context) throws FormatException, IOException {
        String text = TextFiles.text(source);
        List<CsvFiles.Row> rows = CsvFiles.parse(source, text, CsvFiles.separator(text, "title")).stream()
                .filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new FormatException(source, 1, "the file is empty; expected a header row such as 'title,speakers,event'");
        }
        Map<String, Integer> columns = header(source, rows.get(0));
        List<ImportedTalk> talks = new ArrayList<>();
        for (CsvFiles.Row row : rows.subList(1, rows.size())) {
            talks.add(new RowReader(source, row, columns).talk());
        }
        context.progress().advanced(talks.size(), talks.size());
        return new ImportBatch(talks, List.of());
    }

    private static Map<String, Integer> header(Path source, CsvFiles.Row row) throws FormatException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cells().get(i).strip().toLowerCase(Locale.ROOT);
            name = ALIASES.getOrDefault(name, name);
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, i);
            }
        }
        if (!columns.containsKey("title")) {
            throw new FormatException(source, row.line(), "the header has no 'title' column (found: "
                    + String.join(", ", row.cells()) + ")");
        }
        return columns;
    }

    /** One data row; every error names the row's line and the column. */
    private record RowReader(Path source, CsvFiles.Row row, Map<String, Integer> columns) {

        ImportedTalk talk() throws FormatException {
            String title = cell("title").map(PlainText::oneLine).filter(t -> !t.isEmpty())
                    .orElseThrow(() -> problem("title", "is empty"));
            String media = cell("url").orElse(null);
            if (media != null && MediaLocation.parse(media).isEmpty()) {
                throw problem("url", "is '" + quoted(media) + "', not a file path or an http(s) URL");
            }
            List<String> tags = cell("tags").map(t -> split(t, "[;,]")).orElse(List.of()).stream()
                    .map(TopicPath::normalize).flatMap(Optional::stream).distinct().toList();
            Talk talk = Talk.titled(title)
                    .withSpeakers(cell("speakers").map(s -> split(s, s.contains(";") ? ";" : "\\s&\\s")).orElse(List.of()))
                    .withEvent(cell("event").orElse(null))
                    .withYear(year())
                    .withDuration(duration())
                    .withMedia(media)
                    .withTags(tags)
                    .withWatch(WatchState.UNWATCHED.withStatus(status()));
            return new ImportedTalk(talk, SourceKeys.forMedia(media), !tags.isEmpty(), List.of(), List.of());
        }

        private Integer year() throws FormatException {
            Optional<String> text = cell("year");
            if (text.isEmpty()) {
                return null;
            }
            if (!text.get().matches("\\d{4}")) {
                throw problem("year", "is '" + quoted(text.get()) + "', expected a year such as 2024");
            }
            if (!Limits.isYear(Integer.parseInt(text.get()))) {
                throw problem("year", "is " + text.get() + ", expected a year from " + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR);
            }
            return Integer.valueOf(text.get());
        }

        private Duration duration() throws FormatException {
            Optional<String> text = cell("duration");
            if (text.isEmpty()) {
                return null;
            }
            Duration d = DurationText.parse(text.get()).orElseThrow(() -> problem("duration",
                    "is '" + quoted(text.get()) + "', not a duration (use seconds, mm:ss, h:mm:ss or 1h20m)"));
            if (!Limits.isDuration(d)) {
                throw problem("duration", "is '" + quoted(text.get()) + "', longer than a talk can be (at most 7 days)");
            }
            return d;
        }

        private WatchStatus status() throws FormatException {
            Optional<String> text = cell("status");
            if (text.isEmpty()) {
                return WatchStatus.UNWATCHED;
            }
            return WatchStatus.parse(text.get()).orElseThrow(() -> problem("status", "is '" + quoted(text.get())
                    + "', expected one of " + String.join(", ", Arrays.stream(WatchStatus.values()).map(WatchStatus::label).toList())));
        }

        private Optional<String> cell(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= row.cells().size()) {
                return Optional.empty();
            }
            String value = SpreadsheetCells.unprotect(row.cells().get(index)).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /** A cell as a message quotes it: one line, and short. */
        private static String quoted(String cell) {
            String line = PlainText.oneLine(cell);
            return line.length() > 60 ? line.substring(0, 57) + "..." : line;
        }

        private FormatException problem(String column, String what) {
            return new FormatException(source, row.line(), "column '" + column + "' " + what);
        }

        private static List<String> split(String text, String separator) {
            return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
