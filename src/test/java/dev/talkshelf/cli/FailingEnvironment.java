package dev.talkshelf.cli;

import dev.talkshelf.service.Services;
import java.nio.file.Path;

/**
 * A command line whose library cannot be opened: {@code raise} throws (an error or a runtime exception) where a
 * command opens its library or the window, the edge of the process, as deeper input would throw further in.
 */
final class FailingEnvironment implements CliEnvironment {
    private final Runnable raise;

    FailingEnvironment(Runnable raise) {
        this.raise = raise;
    }

    @Override
    public Services open(Path libraryOption) {
        raise.run();
        throw new AssertionError("raise did not throw");
    }

    @Override
    public void openWindow(Path libraryOption) {
        raise.run();
        throw new AssertionError("raise did not throw");
    }
}
