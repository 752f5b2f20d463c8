package dev.talkshelf.ui;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.shared.Playback;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main window over a real library, shown on a TestFX stage as the window-flow tests use it: no player, no
 * desktop, default settings, 1200 x 760. {@link #close()} stops its background tasks and closes the library.
 */
public record ShownWindow(Services services, FxTaskRunner tasks, MainWindow window) implements AutoCloseable {

    /** Call from a {@code @Start} method, with the library the test has prepared. */
    public static ShownWindow show(Stage stage, Services services) {
        FxTaskRunner tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(services, tasks, Playback.NONE, Desktop.NONE, null, WindowSettings.DEFAULTS);
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.show();
        return new ShownWindow(services, tasks, window);
    }

    @Override
    public void close() throws Exception {
        tasks.close();
        services.close();
    }
}
