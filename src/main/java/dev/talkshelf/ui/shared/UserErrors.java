package dev.talkshelf.ui.shared;

import dev.talkshelf.service.FailureKind;
import dev.talkshelf.service.FatalErrors;
import java.util.function.Consumer;

/**
 * Turns what went wrong into words a person can act on, by the failure's type ({@link FailureKind}, the mapping the
 * command line uses): service errors carry messages written for users; anything else is a fault of ours, so the
 * user gets a plain sentence and the details go to the log.
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
     * For background work whose failure shows elsewhere or costs the user only a hint (a count, a suggestion list):
     * no dialog, but a log line, so the failure is never lost.
     */
    public static Consumer<Throwable> logOnly(String doing) {
        return error -> log(System.Logger.Level.WARNING, doing, error);
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
        FailureKind kind = FailureKind.of(error);
        String message = readableMessage(error);
        return switch (kind) {
            case BAD_INPUT -> new UserError(title, message, null, null);
            case LIBRARY_BUSY -> new UserError(title, message, retry == null ? null : "Try again", retry);
            case FATAL -> new UserError(title, message + ". The details are in the log file.", null, null);
            case LIBRARY_PROBLEM, INPUT_OUTPUT, UNEXPECTED -> new UserError(title, message, retry == null ? null : "Try again", retry);
        };
    }

    /** A message fit to show: the services' own words for the kinds that carry them, a plain sentence otherwise. */
    static String readableMessage(Throwable error) {
        FailureKind kind = FailureKind.of(error);
        if (kind == FailureKind.FATAL) {
            return capitalize(FatalErrors.describe(error));
        }
        String m = error.getMessage();
        if (!kind.messageIsForUsers() || m == null || m.isBlank()) {
            return "Something unexpected went wrong. Nothing else was changed; the details are in the log file.";
        }
        return kind == FailureKind.BAD_INPUT ? m : capitalize(m);
    }

    /** A readable message for an error shown inside another dialog (an import's summary). */
    public static String messageOf(Throwable error) {
        return capitalize(readableMessage(error));
    }

    /** A first word with a hyphen is a program's name ("yt-dlp is not installed"), written as the program writes it. */
    private static String capitalize(String s) {
        if (s.isEmpty() || s.split("\\s", 2)[0].contains("-")) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
