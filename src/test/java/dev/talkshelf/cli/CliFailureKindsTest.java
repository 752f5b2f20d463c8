package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.catalog.LibraryBusyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The command line says what the window says for each kind of failure (the one mapping in FailureKind): a failed
 * disk or a busy library is named in the user's words with exit 1; only our own faults become "something went
 * wrong". The failure is raised where the command opens its library, the edge of the process.
 */
class CliFailureKindsTest {

    record Run(int code, String err) {
    }

    private static Run runFailingWith(Supplier<RuntimeException> failure) {
        StringWriter err = new StringWriter();
        CliEnvironment env = new FailingEnvironment(() -> {
            throw failure.get();
        });
        int code = new CliRunner(env, new PrintWriter(new StringWriter()), new PrintWriter(err), "the log").run("search", "python");
        return new Run(code, err.toString());
    }

    @Test
    void aFailedDiskIsNamedNotHiddenBehindSomethingWentWrong() {
        Run r = runFailingWith(() -> new UncheckedIOException("/media/usb/library.db: Input/output error",
                new IOException("Input/output error")));

        assertEquals(1, r.code());
        assertEquals("talkshelf: /media/usb/library.db: Input/output error\n", r.err());
    }

    @Test
    void aBusyLibrarySaysSoAndFails() {
        Run r = runFailingWith(() -> new LibraryBusyException("another TalkShelf is writing to the library; try again"));

        assertEquals(1, r.code());
        assertEquals("talkshelf: another TalkShelf is writing to the library; try again\n", r.err());
    }

    @Test
    void ourOwnFaultIsOneLinePointingAtTheLog() {
        Run r = runFailingWith(() -> new IllegalStateException("index 7 out of bounds"));

        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("talkshelf: something went wrong (IllegalStateException); details are in the log"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
