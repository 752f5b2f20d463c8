package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Running out of stack or memory inside a command ends in exit 1, one line on stderr and one log line, never a
 * trace. The error is raised where the command opens its library (the edge of the process), as deep input would
 * raise it further in.
 */
class CliFatalErrorsTest {

    record Run(int code, String out, String err) {
    }

    private static Run runFailingWith(Supplier<Error> error, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new FailingEnvironment(() -> {
            throw error.get();
        });
        int code = new CliRunner(env, new PrintWriter(out), new PrintWriter(err), "the log").run(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aStackOverflowIsOneLineAndOneLogLine() {
        try (LogCapture log = LogCapture.of(CliRunner.class)) {
            Run r = runFailingWith(StackOverflowError::new, "search", "((((python))))");

            assertEquals(1, r.code());
            assertEquals("talkshelf: the input is nested too deeply for TalkShelf to handle (it ran out of stack space);"
                    + " nothing was changed; details are in the log\n", r.err());
            assertEquals(1, log.records().size());
            assertNull(log.records().get(0).getThrown());
            assertTrue(log.records().get(0).getMessage().startsWith("command failed: java.lang.StackOverflowError"));
        }
    }

    @Test
    void runningOutOfMemoryIsOneLine() {
        Run r = runFailingWith(() -> new OutOfMemoryError("Java heap space"), "playlist", "list");

        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("talkshelf: TalkShelf ran out of memory; nothing was changed."), r.err());
        assertEquals("", r.out());
    }
}
