package dev.talkshelf.formats;

import dev.talkshelf.model.PlainText;
import java.nio.file.Path;

/**
 * Bad input in a file being read: says which file, line (1-based, 0 if unknown) and column (1-based, 0 if
 * unknown), and what is wrong, in words a user can act on.
 */
public class FormatException extends Exception {
    private static final int MAX_PROBLEM = 300;
    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    public FormatException(Path file, int line, int column, String problem) {
        super(describe(file, line, column, shortened(problem)));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = shortened(problem);
    }

    public FormatException(Path file, int line, String problem) {
        this(file, line, 0, problem);
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    /** One line, and short: a problem may quote a value from the file, which may be a megabyte long. */
    private static String shortened(String problem) {
        String line = PlainText.oneLine(problem);
        return line.length() > MAX_PROBLEM ? line.substring(0, MAX_PROBLEM - 3) + "..." : line;
    }

    private static String describe(Path file, int line, int column, String problem) {
        // Problems quote the file's text; neither that nor a file name may carry escape codes to a terminal.
        StringBuilder where = new StringBuilder(file == null ? "input" : PlainText.oneLine(file.toString()));
        if (line > 0) {
            where.append(" line ").append(line);
            if (column > 0) {
                where.append(" column ").append(column);
            }
        }
        return where + ": " + problem;
    }
}
