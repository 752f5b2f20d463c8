package dev.talkshelf.app;

import dev.talkshelf.catalog.WriteWaitListener;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Hands the library's "a write is waiting" news to whoever shows it; the library opens before the window that shows
 * it exists, so the window plugs in later. Called on the waiting thread.
 */
final class WaitRelay implements WriteWaitListener {
    private volatile Consumer<Boolean> target = busy -> { };

    void forwardTo(Consumer<Boolean> busy) {
        this.target = busy;
    }

    @Override
    public void waiting() {
        target.accept(true);
    }

    @Override
    public void done(Duration waited) {
        target.accept(false);
    }
}
