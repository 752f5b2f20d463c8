package dev.talkshelf.cli;

import dev.talkshelf.service.FailureKind;
import dev.talkshelf.service.FatalErrors;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs one command line and turns every outcome into an exit code and at most one line on stderr:
 * 0 done, 2 bad usage or bad input, 1 anything else (details go to the log, never a stack trace here), running out
 * of stack or memory included.
 */
public final class CliRunner {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private static final System.Logger LOG = System.getLogger(CliRunner.class.getName());

    private final CliEnvironment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String logHint;

    public CliRunner(CliEnvironment environment, PrintWriter out, PrintWriter err, String logHint) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.logHint = logHint;
    }

    public int run(String... args) {
        try (TalkShelfCommand root = new TalkShelfCommand(environment)) {
            CommandLine cl = new CommandLine(root);
            cl.setOut(out);
            cl.setErr(err);
            // "-draft" in `tag 3 -draft` and "-rust" in a search are arguments, not options.
            cl.getSubcommands().values().forEach(sub -> sub.setUnmatchedOptionsArePositionalParams(true));
            cl.setParameterExceptionHandler((ex, a) -> {
                err.println("talkshelf: " + ex.getMessage());
                err.println("Try 'talkshelf " + ex.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^talkshelf ?", "")
                        .transform(s -> s.isEmpty() ? "" : s + " ") + "--help'.");
                err.flush();
                return BAD_INPUT;
            });
            cl.setExecutionExceptionHandler((ex, commandLine, parsed) -> report(ex));
            int code = cl.execute(args);
            out.flush();
            return code;
        } catch (Exception e) {
            return report(e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return reportFatal(e);
        }
    }

    /** Out of stack or memory: one line, and one log line without the thousand frames of the trace. */
    private int reportFatal(Error e) {
        err.println("talkshelf: " + FatalErrors.describe(e) + "; details are in " + logHint);
        err.flush();
        LOG.log(System.Logger.Level.ERROR, "command failed: " + FatalErrors.logLine(e));
        return FAILED;
    }

    /**
     * Services translate every user-facing problem of the layers below into typed exceptions; {@link FailureKind} is
     * the one mapping of those types, shared with the window.
     */
    private int report(Exception e) {
        FailureKind kind = FailureKind.of(e);
        switch (kind) {
            case BAD_INPUT -> {
                err.println("talkshelf: " + e.getMessage());
                LOG.log(System.Logger.Level.DEBUG, "bad input", e);
            }
            case LIBRARY_BUSY, LIBRARY_PROBLEM, INPUT_OUTPUT -> {
                err.println("talkshelf: " + e.getMessage());
                LOG.log(System.Logger.Level.WARNING, kind + ": " + e.getMessage(), e);
            }
            default -> {
                err.println("talkshelf: something went wrong (" + e.getClass().getSimpleName() + "); details are in " + logHint);
                LOG.log(System.Logger.Level.ERROR, "command failed", e);
            }
        }
        err.flush();
        return kind == FailureKind.BAD_INPUT ? BAD_INPUT : FAILED;
    }
}
