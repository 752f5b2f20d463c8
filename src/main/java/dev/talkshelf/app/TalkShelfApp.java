package dev.talkshelf.app;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.FxTaskRunner;
import dev.talkshelf.ui.MainWindow;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application. JavaFX creates it reflectively, so its inputs are handed over before launch. */
public final class TalkShelfApp extends Application {
    private static final System.Logger LOG = System.getLogger(TalkShelfApp.class.getName());
    private static LibraryOpener opener;
    private static Path libraryOption;

    private Services services;
    private FxTaskRunner tasks;

    static void configure(LibraryOpener libraryOpener, Path option) {
        opener = libraryOpener;
        libraryOption = option;
    }

    @Override
    public void start(Stage stage) {
        try {
            services = opener.open(libraryOption);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "library could not be opened", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("TalkShelf cannot open the library");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(services, tasks);
        stage.setTitle("TalkShelf — " + services.libraryFile().getFileName());
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @Override
    public void stop() throws Exception {
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
