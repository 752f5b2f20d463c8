package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.app.Library;
import dev.talkshelf.app.SampleLibrary;
import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private Services services;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        services = Library.open(dir.resolve("library-" + System.nanoTime() + ".db"), Clock.systemUTC());
        SampleLibrary.importInto(services);
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(services, tasks);
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void windowListsTheSampleTalksAndTheSearchFieldFiltersThem(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#talks").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 20);

        robot.clickOn("#search").write("hewitt");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(1, table.getItems().size());
    }
}
