package dev.talkshelf.ui;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.FxTaskRunner;
import java.nio.file.Path;
import javafx.stage.Stage;

/**
 * A TestFX stage with the 20-talk sample library and a task runner, for window tests that build their own scene on it.
 * {@link #close()} stops the runner's background tasks and closes the library.
 */
public record SampleStage(Stage stage, Services services, FxTaskRunner tasks) implements AutoCloseable {

    /** Call from a {@code @Start} method, with the test's {@code @TempDir} for the library file. */
    public static SampleStage open(Stage stage, Path dir) {
        Services services = TestLibrary.sample(dir);
        return new SampleStage(stage, services, new FxTaskRunner());
    }

    @Override
    public void close() throws Exception {
        tasks.close();
        services.close();
    }
}
