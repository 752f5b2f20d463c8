package dev.talkshelf.player;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that need a real mpv and ffmpeg: skipped, with the reason shown, when they are not on PATH, but
 * failed when {@code CI=true}, so a build server without mpv cannot pass by testing nothing.
 */
public final class RealMpv implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback {

    static final Executables PATH = Executables.fromEnvironment();

    static Path mpv() {
        return PATH.find("mpv").orElseThrow();
    }

    static Path ffmpeg() {
        return PATH.find("ffmpeg").orElseThrow();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("mpv and ffmpeg are on PATH");
        }
        if (onCi()) {
            // Let it run so beforeAll fails it loudly.
            return ConditionEvaluationResult.enabled(missing.get() + " missing on CI");
        }
        return ConditionEvaluationResult.disabled(missing.get()
                + " is not on PATH; install mpv and ffmpeg to run the real-player tests");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        failOnCiWhenMissing();
    }

    /** Also for use on a single method, where beforeAll is not called. */
    @Override
    public void beforeEach(ExtensionContext context) {
        failOnCiWhenMissing();
    }

    private static void failOnCiWhenMissing() {
        Optional<String> missing = missing();
        if (missing.isPresent() && onCi()) {
            throw new IllegalStateException(missing.get() + " is not on PATH, and CI=true requires the real-player tests to run");
        }
    }

    private static Optional<String> missing() {
        if (!PATH.isInstalled("mpv")) {
            return Optional.of("mpv");
        }
        if (!PATH.isInstalled("ffmpeg")) {
            return Optional.of("ffmpeg");
        }
        return Optional.empty();
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
