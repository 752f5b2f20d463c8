package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A smart playlist whose saved query names a playlist renamed since is shown in the sidebar with a warning and the
 * reason on hover; every other playlist is listed with its progress as before.
 */
@ExtendWith(ApplicationExtension.class)
class BrokenPlaylistFlowsTest {
    @TempDir
    static Path dir;
    private Services services;
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        services = TestLibrary.sample(dir);
        services.playlists().create("Weekend");
        services.playlists().createSmart("Weekend python", "playlist:Weekend python");
        services.playlists().rename("Weekend", "Saturday");
        shown = ShownWindow.show(stage, services);
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    private static HBox line(FxRobot robot, String id) throws Exception {
        FxWait.until(5, () -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(HBox.class);
    }

    @Test
    void theBrokenPlaylistShowsAWarningAndTheOthersTheirProgress(FxRobot robot) throws Exception {
        HBox broken = line(robot, "#playlist-Weekend-python");
        assertTrue(broken.getStyleClass().contains("sidebar-broken"));
        assertEquals("broken", ((Label) broken.getChildren().get(3)).getText());
        Tooltip tip = (Tooltip) broken.getProperties().get("javafx.scene.control.Tooltip");
        assertEquals("This smart playlist's query cannot be run: no playlist named 'Weekend' at column 10.\n"
                + "Delete it and create it again with a query that works.", tip.getText());

        assertEquals("0/0", ((Label) line(robot, "#playlist-Saturday").getChildren().get(3)).getText());
        assertEquals("0/5", ((Label) line(robot, "#playlist-Rust-foundations").getChildren().get(3)).getText());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "no error dialog");
    }
}
