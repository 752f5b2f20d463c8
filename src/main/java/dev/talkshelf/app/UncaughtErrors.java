package dev.talkshelf.app;

import dev.talkshelf.service.FatalErrors;
import java.io.PrintStream;

/**
 * The last stop for an error no edge caught (an event handler on the JavaFX thread, a background thread): one line
 * on stderr and one log entry, never a stack trace on the console. Running out of stack or memory is logged as one
 * line with where it happened; anything else with its trace, in the log only.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private final PrintStream err;
    private final String logHint;

    UncaughtErrors(PrintStream err, String logHint) {
        this.err = err;
        this.logHint = logHint;
    }

    /** Makes this the handler of every thread that has none of its own. */
    static void install(String logHint) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(System.err, logHint));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            if (FatalErrors.isFatal(error)) {
                LOG.log(System.Logger.Level.ERROR, "uncaught on thread " + thread.getName() + ": " + FatalErrors.logLine(error));
            } else {
                LOG.log(System.Logger.Level.ERROR, "uncaught on thread " + thread.getName(), error);
            }
            err.println("talkshelf: " + FatalErrors.describe(error) + "; details are in " + logHint);
            err.flush();
        } catch (Throwable ignored) {
            // Out of memory even for one line: there is nothing left to report with.
        }
    }
}
