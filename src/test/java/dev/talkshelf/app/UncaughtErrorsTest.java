package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.LogCapture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** An error no one caught ends in one line on stderr and one log entry, whatever thread it happened on. */
class UncaughtErrorsTest {

    private static int depth(int n) {
        return n == Integer.MIN_VALUE ? n : depth(n + 1) + 1;
    }

    /** Runs {@code work} on a thread of its own whose uncaught errors go to the handler; returns what stderr got. */
    private static String uncaughtOn(Runnable work) throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Thread t = new Thread(null, work, "worker", 256 * 1024);
        t.setUncaughtExceptionHandler(new UncaughtErrors(err, "the log"));
        t.start();
        t.join(60_000);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRealStackOverflowIsOneLineOnStderrAndOneLogLineWithoutATrace() throws InterruptedException {
        try (LogCapture log = LogCapture.of(UncaughtErrors.class)) {
            String err = uncaughtOn(() -> depth(0));

            assertEquals("talkshelf: the input is nested too deeply for TalkShelf to handle (it ran out of stack space);"
                    + " nothing was changed; details are in the log\n", err);
            assertEquals(1, log.records().size());
            LogRecord entry = log.records().get(0);
            assertNull(entry.getThrown(), "no trace of a thousand frames in the log");
            assertTrue(entry.getMessage().startsWith("uncaught on thread worker: java.lang.StackOverflowError"), entry.getMessage());
            assertTrue(entry.getMessage().contains("UncaughtErrorsTest.depth"), "says where: " + entry.getMessage());
        }
    }

    @Test
    void runningOutOfMemoryIsOneLine() throws InterruptedException {
        try (LogCapture log = LogCapture.of(UncaughtErrors.class)) {
            String err = uncaughtOn(() -> {
                throw new OutOfMemoryError("Java heap space");
            });

            assertTrue(err.startsWith("talkshelf: TalkShelf ran out of memory"), err);
            assertEquals(1, err.lines().count());
            assertNull(log.records().get(0).getThrown());
        }
    }

    @Test
    void anyOtherErrorIsOneLineThereAndItsTraceGoesToTheLog() throws InterruptedException {
        try (LogCapture log = LogCapture.of(UncaughtErrors.class)) {
            String err = uncaughtOn(() -> {
                throw new IllegalStateException("boom");
            });

            assertEquals("talkshelf: something went wrong (IllegalStateException); details are in the log\n", err);
            assertTrue(log.records().get(0).getThrown() instanceof IllegalStateException);
        }
    }
}
