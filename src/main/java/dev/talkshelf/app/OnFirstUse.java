package dev.talkshelf.app;

import java.util.function.Supplier;

/** A value made the first time it is asked for (by any thread), then kept: work a window start should not pay for. */
final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T made;

    OnFirstUse(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T value = made;
        if (value == null) {
            synchronized (this) {
                value = made;
                if (value == null) {
                    value = make.get();
                    made = value;
                }
            }
        }
        return value;
    }
}
