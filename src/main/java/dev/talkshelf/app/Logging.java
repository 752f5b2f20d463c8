package dev.talkshelf.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends all logging to one file in the data folder, shared by every TalkShelf process at once and capped at about
 * 1 MB plus one older file ({@link SharedLogFile}), so nothing (no stack trace) reaches the terminal.
 */
final class Logging {
    static final long MAX_BYTES = 1_000_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Logging() {
    }

    static void toFile(Path logFile) {
        toFile(logFile, MAX_BYTES);
    }

    /** {@code maxBytes}: the size past which the log is rotated (tests force a small one). */
    static void toFile(Path logFile, long maxBytes) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        SharedLogFile file = new SharedLogFile(logFile, maxBytes);
        file.setFormatter(new LineFormatter(ProcessHandle.current().pid()));
        root.addHandler(file);
    }

    /** "2026-12-03 10:15:02 WARNING [pid 4711] dev.talkshelf.ui.shared.UserErrors: could not ..." and any stack trace. */
    static final class LineFormatter extends Formatter {
        private final long pid;

        LineFormatter(long pid) {
            this.pid = pid;
        }

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160)
                    .append(TIME.format(LocalDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                    .append(' ').append(record.getLevel().getName())
                    .append(" [pid ").append(pid).append("] ")
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                try (PrintWriter out = new PrintWriter(trace)) {
                    out.println();
                    record.getThrown().printStackTrace(out);
                }
                line.append(trace.toString().stripTrailing());
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
