package dev.talkshelf.formats;

import dev.talkshelf.model.Talk;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes talks as RFC 4180 CSV (through {@link CsvFiles}) with the columns {@link CsvTalkReader} reads, safe to
 * open in a spreadsheet (see {@link SpreadsheetCells}).
 */
public final class CsvTalkWriter {
    static final List<String> HEADER = List.of("title", "speakers", "event", "year", "tags", "url", "duration", "status");

    public void write(List<Talk> talks, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(talks, writer);
        writer.flush();
    }

    public void write(List<Talk> talks, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>(talks.size() + 1);
        rows.add(HEADER);
        for (Talk talk : talks) {
            rows.add(protect(List.of(
                    talk.title(),
                    speakers(talk.speakers()),
                    orEmpty(talk.event()),
                    talk.year() == null ? "" : talk.year().toString(),
                    String.join(";", talk.tags()),
                    orEmpty(talk.media()),
                    talk.duration() == null ? "" : seconds(talk.duration()),
                    talk.status().label())));
        }
        CsvFiles.write(out, rows);
        out.flush();
    }

    /**
     * "Ann Lee; Bo Chen". The reader splits on ';' when there is one, else on " & " (as people write two names);
     * so one speaker whose name holds " & " is written with a trailing ';' to stay one.
     */
    private static String speakers(List<String> speakers) {
        String joined = String.join("; ", speakers);
        return speakers.size() == 1 && joined.matches("(?s).*\\s&\\s.*") ? joined + ";" : joined;
    }

    private static List<String> protect(List<String> cells) {
        return cells.stream().map(SpreadsheetCells::protect).toList();
    }

    /** Whole seconds as a number, a fraction to the millisecond as {@code 12.5}: the reader takes both. */
    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds())
                : java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
