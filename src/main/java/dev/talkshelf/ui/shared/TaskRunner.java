package dev.talkshelf.ui.shared;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs service calls away from the FX thread and hands results back on it. The app uses a background
 * executor; tests use a same-thread runner so view models can be checked without a toolkit.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} after {@code delayMillis} on the UI thread; a later call with the same key replaces it. */
    void debounce(Object key, long delayMillis, Runnable action);

    /** Runs {@code action} on the UI thread, called from any thread (a long task's progress). Tests run it at once. */
    default void onUi(Runnable action) {
        action.run();
    }
}
