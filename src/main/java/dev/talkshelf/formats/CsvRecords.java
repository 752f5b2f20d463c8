package dev.talkshelf.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader: quoted fields may hold the delimiter, doubled quotes and line breaks. */
final class CsvRecords {
    private CsvRecords() {
    }

    /** One record and the line it starts on (1-based). */
    record Row(int line, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    static List<Row> parse(Path file, String text, char delimiter) throws FormatException {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new FormatException(file, quoteLine, "a quoted field is never closed (a '\"' is missing)");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    cell.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new FormatException(file, line, "text after a closing quote; put the whole field in quotes and double inner quotes");
                }
                continue;
            }
            if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
