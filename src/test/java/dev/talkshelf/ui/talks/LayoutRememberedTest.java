package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.MainWindow;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.SampleStage;
import dev.talkshelf.ui.settings.SettingsStore;
import dev.talkshelf.ui.settings.WindowSettings;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The layout chosen in one window is the one the next window on the same library opens with. */
@ExtendWith(ApplicationExtension.class)
class LayoutRememberedTest {
    @TempDir
    Path dir;
    private SampleStage sample;

    @Start
    void start(Stage stage) {
        sample = SampleStage.open(stage, dir);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private MainWindow open(FxRobot robot, WindowSettings settings) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(sample.services(), sample.tasks(), Playback.NONE, Desktop.NONE, null, settings);
            sample.stage().setScene(new Scene(window[0].root(), 1200, 760));
            sample.stage().show();
        });
        return window[0];
    }

    @Test
    void theGridChosenBeforeARestartIsShownAfterIt(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        MainWindow first = open(robot, store.load());
        assertTrue(robot.lookup("#layout-comfortable").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#search");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        FxWait.until(10, () -> robot.lookup("#talk-grid").tryQuery().isPresent());
        store.save(first.settings(store.load()));
        robot.interact(() -> sample.stage().getScene().setRoot(new javafx.scene.layout.Pane()));

        WindowSettings reread = store.load();
        assertEquals("grid", reread.talkLayout());
        open(robot, reread);
        FxWait.until(10, () -> robot.lookup("#talk-grid").tryQuery().isPresent());
        assertTrue(robot.lookup("#layout-grid").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#talks").tryQuery().isEmpty(), "the list is not in the window");
    }

    @Test
    void theCompactListIsRememberedToo(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        MainWindow first = open(robot, store.load());
        robot.clickOn("#layout-compact");
        store.save(first.settings(store.load()));

        assertEquals(TalkLayout.COMPACT, TalkLayout.parse(store.load().talkLayout()));
        assertEquals(TalkLayout.COMFORTABLE, TalkLayout.parse("something newer"));
    }
}
