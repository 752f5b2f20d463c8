package dev.talkshelf.ui.shared;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Service calls on one background thread (the library is one SQLite connection), results on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("talkshelf-worker"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("talkshelf-debounce"));
    private final Map<Object, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private volatile boolean closed;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) {
            return; // the window is closing: late work (a debounced refresh) has nowhere to go
        }
        try {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Throwable e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    @Override
    public void onUi(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void debounce(Object key, long delayMillis, Runnable action) {
        if (closed) {
            return;
        }
        ScheduledFuture<?> next;
        try {
            next = timer.schedule(() -> Platform.runLater(() -> {
                if (!closed) {
                    action.run();
                }
            }), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return; // closed meanwhile
        }
        ScheduledFuture<?> previous = pending.put(key, next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        timer.shutdownNow();
    }
}
