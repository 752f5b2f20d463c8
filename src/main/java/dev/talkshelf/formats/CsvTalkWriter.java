package dev.talkshelf.formats;

import dev.talkshelf.model.Talk;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes talks as RFC 4180 CSV with the columns {@link CsvTalkReader} reads, safe to open in a spreadsheet
 * (see {@link SpreadsheetCells}).
 */
public final class CsvTalkWriter {
    private static final List<String> HEADER = List.of("title", "speakers", "event", "year", "tags", "url", "duration", "status");

    public void write(List<Talk> talks, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(talks, writer);
        writer.flush();
    }

    public void write(List<Talk> talks, Writer out) throws IOException {
        writeRow(out, HEADER);
        for (Talk talk : talks) {
            writeRow(out, List.of(
                    talk.title(),
                    String.join("; ", talk.speakers()),
                    orEmpty(talk.event()),
                    talk.year() == null ? "" : talk.year().toString(),
                    String.join(";", talk.tags()),
                    orEmpty(talk.media()),
                    talk.duration() == null ? "" : Long.toString(talk.duration().toSeconds()),
                    talk.status().label()));
        }
        out.flush();
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(SpreadsheetCells.protect(cells.get(i))));
        }
        out.write("\r\n");
    }

    private static String quote(String cell) {
        boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                || !cell.equals(cell.strip());
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
