package dev.talkshelf.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends all logging to a file in the data folder, so nothing (no stack trace) reaches the terminal. */
final class Logging {
    private Logging() {
    }

    static void toFile(Path logFile) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(logFile.getParent());
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            Handler file = new FileHandler(logFile.toString(), 1_000_000, 2, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No log file (read-only home?): stay silent rather than print on the terminal.
            root.setLevel(Level.OFF);
        }
    }
}
