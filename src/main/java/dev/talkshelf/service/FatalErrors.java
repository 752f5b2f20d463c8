package dev.talkshelf.service;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Java errors an input can provoke that are not bugs of one place: running out of stack (something nested
 * too deeply) or of memory. Every edge (the command line, the window, a thread's uncaught error) reports them the
 * same way: one sentence for the user, and one log line with where it happened, never a trace of a thousand
 * repeated frames.
 */
public final class FatalErrors {
    /** Frames of the stack kept in the log line: enough to see where, not the thousand repeats of an overflow. */
    private static final int FRAMES = 12;

    private FatalErrors() {
    }

    public static boolean isFatal(Throwable error) {
        return error instanceof StackOverflowError || error instanceof OutOfMemoryError;
    }

    /** The sentence for the user: what happened and what to do, without a class name. */
    public static String describe(Throwable error) {
        if (error instanceof StackOverflowError) {
            return "the input is nested too deeply for TalkShelf to handle (it ran out of stack space); nothing was changed";
        }
        if (error instanceof OutOfMemoryError) {
            return "TalkShelf ran out of memory; nothing was changed. Try a smaller input, or start Java with more"
                    + " memory (-Xmx)";
        }
        return "something went wrong (" + error.getClass().getSimpleName() + ")";
    }

    /** One line for the log: the error and the first frames of where it happened. */
    public static String logLine(Throwable error) {
        StackTraceElement[] frames = error.getStackTrace();
        String where = Arrays.stream(frames).limit(FRAMES).map(StackTraceElement::toString).collect(Collectors.joining(" < "));
        return error + " (" + frames.length + " frames) at " + where;
    }
}
