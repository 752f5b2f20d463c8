package dev.talkshelf.ui.shared;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, so view models can be tested without a toolkit or waiting. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void debounce(Object key, long delayMillis, Runnable action) {
        action.run();
    }
}
