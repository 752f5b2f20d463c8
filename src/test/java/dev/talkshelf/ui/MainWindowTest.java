package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        shown = ShownWindow.show(stage, TestLibrary.sample(dir));
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void windowListsTheSampleTalksAndTheSearchFieldFiltersThem(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#talks").queryAs(TableView.class);
        FxWait.until(5, () -> table.getItems().size() == 20);

        robot.clickOn("#search").write("hewitt");

        FxWait.until(5, () -> table.getItems().size() == 1);
        assertEquals(1, table.getItems().size());
    }
}
