package dev.talkshelf.ui.shared;

import dev.talkshelf.service.FatalErrors;
import dev.talkshelf.service.UserInputException;
import java.util.function.Consumer;

/**
 * Turns what went wrong into words a person can act on. Service errors carry messages written for users;
 * anything else is a fault of ours, so the user gets a plain sentence and the details go to the log.
 */
public final class UserErrors {
    private static final System.Logger LOG = System.getLogger(UserErrors.class.getName());

    private final Consumer<UserError> sink;

    public UserErrors(Consumer<UserError> sink) {
        this.sink = sink;
    }

    /** Reports a failure of {@code doing} (e.g. "mark the talks watched"); {@code retry} may be null. */
    public void report(String doing, Throwable error, Runnable retry) {
        log(System.Logger.Level.WARNING, doing, error);
        sink.accept(describe(doing, error, retry));
    }

    /** Out of stack or memory: one log line with where, not a trace of a thousand repeated frames. */
    private static void log(System.Logger.Level level, String doing, Throwable error) {
        if (FatalErrors.isFatal(error)) {
            LOG.log(System.Logger.Level.ERROR, "could not " + doing + ": " + FatalErrors.logLine(error));
        } else {
            LOG.log(level, "could not " + doing, error);
        }
    }

    /**
     * Reports a failure whose fix is a specific action rather than a retry, e.g. "Locate file…" for a video
     * that moved.
     */
    public void report(String doing, Throwable error, String actionLabel, Runnable action) {
        log(System.Logger.Level.INFO, doing, error);
        UserError plain = describe(doing, error, null);
        sink.accept(new UserError(plain.title(), plain.message(), actionLabel, action));
    }

    static UserError describe(String doing, Throwable error, Runnable retry) {
        String title = "Could not " + doing;
        String message = readableMessage(error);
        boolean busy = message != null && message.contains("busy");
        if (error instanceof UserInputException) {
            return new UserError(title, message, busy && retry != null ? "Try again" : null, busy ? retry : null);
        }
        if (FatalErrors.isFatal(error)) {
            return new UserError(title, capitalize(FatalErrors.describe(error)) + ". The details are in the log file.", null, null);
        }
        if (message == null) {
            message = "Something unexpected went wrong. Nothing else was changed; the details are in the log file.";
        }
        return new UserError(title, capitalize(message), retry == null ? null : "Try again", retry);
    }

    /** A message fit to show: the library's own words, never a class name, SQL or a stack trace. */
    static String readableMessage(Throwable error) {
        String m = error.getMessage();
        if (FatalErrors.isFatal(error)) {
            return FatalErrors.describe(error);
        }
        if (m == null || m.isBlank() || m.contains("Exception") || m.contains("SQL") || m.contains("\tat ")
                || m.contains("java.") || error instanceof NullPointerException || error instanceof IllegalStateException) {
            return null;
        }
        return m;
    }

    /** A readable message for an error shown inside another dialog (an import's summary). */
    public static String messageOf(Throwable error) {
        String m = readableMessage(error);
        return m == null ? "Something unexpected went wrong; the details are in the log file." : capitalize(m);
    }

    /** A first word with a hyphen is a program's name ("yt-dlp is not installed"), written as the program writes it. */
    private static String capitalize(String s) {
        if (s.isEmpty() || s.split("\\s", 2)[0].contains("-")) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
