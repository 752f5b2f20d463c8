package dev.talkshelf.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a UI test until a condition over the window holds, reading the window on the FX thread, or for what a piece
 * of work on the FX thread gives. The scene graph is not thread-safe: a condition that walks a tree or a list from the
 * test thread while the FX thread changes it can fail with a ConcurrentModificationException (it did, in CI), so every
 * poll runs on the FX thread.
 */
public final class FxWait {

    private FxWait() {
    }

    public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /** What {@code work} gives, worked out on the FX thread; what it throws (a failed assertion too) is thrown here. */
    public static <T> T onFxThread(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static boolean onFx(Callable<Boolean> condition) throws InterruptedException, ExecutionException {
        if (Platform.isFxApplicationThread()) {
            return Boolean.TRUE.equals(call(condition));
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(Boolean.TRUE.equals(call(condition)));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get();
    }

    private static Boolean call(Callable<Boolean> condition) {
        try {
            return condition.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
