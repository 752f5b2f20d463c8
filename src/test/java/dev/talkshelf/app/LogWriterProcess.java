package dev.talkshelf.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child process for {@link SharedLogFileTest}: sets up logging as TalkShelf does, says it is ready, waits for
 * the go signal so all children write at the same moment, then logs numbered lines through System.Logger.
 * Arguments: log file, process number, number of lines, rotation cap in bytes.
 */
public final class LogWriterProcess {
    private LogWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path log = Path.of(args[0]);
        int process = Integer.parseInt(args[1]);
        int lines = Integer.parseInt(args[2]);
        long cap = Long.parseLong(args[3]);
        Logging.toFile(log, cap);
        System.Logger logger = System.getLogger("logtest");
        Path signals = log.resolveSibling("signals");
        Files.createFile(signals.resolve("ready-" + process));
        Path go = signals.resolve("go");
        while (!Files.exists(go)) {
            Thread.sleep(2);
        }
        for (int i = 0; i < lines; i++) {
            logger.log(System.Logger.Level.INFO, SharedLogFileTest.line(process, i));
        }
    }
}
