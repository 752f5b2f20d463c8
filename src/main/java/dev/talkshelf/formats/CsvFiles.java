package dev.talkshelf.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CSV through Jackson's CSV module (RFC 4180: quoted fields may hold the separator, doubled quotes and line
 * breaks), with what spreadsheets add: spaces around separators (so {@code a, "b, c"} is two cells), a
 * separator of ';' or tab found from the header, CR LF line ends. Parse errors name the file and line.
 */
final class CsvFiles {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .disable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .build();
    private static final char[] SEPARATORS = {',', ';', '\t'};

    private CsvFiles() {
    }

    /** One record and the line it starts on (1-based). */
    record Row(int line, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Every record of {@code text} (a byte order mark already dropped), blank ones included. */
    static List<Row> parse(Path file, String text, char separator) throws FormatException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutEscapeChar();
        List<Row> rows = new ArrayList<>();
        int rowLine = 1;
        try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                rowLine = Math.max(1, it.getParser().currentLocation().getLineNr());
                rows.add(new Row(rowLine, List.copyOf(it.nextValue().stream().map(c -> c == null ? "" : c).toList())));
            }
        } catch (JsonProcessingException e) {
            throw problem(file, e, rowLine);
        } catch (IOException e) {
            throw new FormatException(file, rowLine, "could not be read as CSV");
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) {
                throw problem(file, jpe, rowLine);
            }
            throw e;
        }
        return rows;
    }

    /**
     * The separator of a file: of ',', ';' and tab, the one that makes a cell of the header read "title"
     * (spreadsheets in some locales write ';'); else the one the header holds most of; else ','.
     */
    static char separator(String text, String titleColumn) {
        String header = text.lines().findFirst().orElse("");
        char best = ',';
        int bestCount = 0;
        for (char candidate : SEPARATORS) {
            String[] cells = header.split(Pattern.quote(String.valueOf(candidate)), -1);
            for (String cell : cells) {
                if (cell.strip().replace("\"", "").strip().toLowerCase(Locale.ROOT).equals(titleColumn)) {
                    return candidate;
                }
            }
            if (cells.length - 1 > bestCount) {
                best = candidate;
                bestCount = cells.length - 1;
            }
        }
        return best;
    }

    /** Writes rows with ',' and CR LF, quoting only cells that need it. */
    static void write(Writer out, List<List<String>> rows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n").withoutEscapeChar();
        MAPPER.writer(schema).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out).writeAll(rows).close();
    }

    private static FormatException problem(Path file, JsonProcessingException e, int rowLine) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int line = e.getLocation() == null ? rowLine : Math.max(rowLine, e.getLocation().getLineNr());
        if (message.startsWith("Missing closing quote")) {
            return new FormatException(file, rowLine, "a quoted field is never closed (a '\"' is missing)");
        }
        if (message.contains("Expected column separator")) {
            return new FormatException(file, line, "text after a closing quote; put the whole field in quotes and double inner quotes");
        }
        if (message.startsWith("String value length") || message.contains("exceeds the maximum")) {
            return new FormatException(file, line, "a field is too long");
        }
        return new FormatException(file, line, "not readable as CSV (" + JsonErrors.shortReason(e) + ")");
    }
}
