package dev.talkshelf.ui.sidebar;

import dev.talkshelf.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.ShownWindow;
import dev.talkshelf.ui.TestLibrary;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
import java.util.concurrent.Callable;

/** The topic tree's context menu in the real window: right-click, pick an entry, answer the dialog. */
@ExtendWith(ApplicationExtension.class)
class TopicMenuFlowTest {
    @TempDir
    static Path dir;
    private Services services;
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        services = TestLibrary.sample(dir);
        shown = ShownWindow.show(stage, services);
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(5, condition);
    }

    private static org.testfx.service.query.NodeQuery topicCell(FxRobot robot, String path) {
        return robot.lookup(".topic-cell").match((Node n) -> n.isVisible() && path.equals(n.getProperties().get(SidebarView.TOPIC_PATH)));
    }

    /**
     * What a right-click asks for: Monocle's headless robot clicks the right button but sends no context menu request,
     * so the test sends the request a right-click makes, where the cell is.
     */
    private static void openMenu(FxRobot robot, Node cell) {
        javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        robot.interact(() -> cell.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                10, 5, b.getMinX() + 10, b.getMinY() + 5, false, null)));
    }

    @Test
    void renameFromTheTopicMenu(FxRobot robot) throws Exception {
        waitUntil(() -> topicCell(robot, "python").tryQuery().isPresent());
        long before = services.search().search("tag:python", 0, 100).total();

        openMenu(robot, topicCell(robot, "python").query());
        waitUntil(() -> robot.lookup("Rename…").tryQuery().isPresent());
        robot.clickOn("Rename…");
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").type(KeyCode.END).eraseText("python".length()).write("snake").type(KeyCode.ENTER);

        waitUntil(() -> topicCell(robot, "snake").tryQuery().isPresent());
        assertEquals(before, services.search().search("tag:snake", 0, 100).total());
        assertEquals(0, services.search().search("tag:python", 0, 100).total());
    }

    @Test
    void deleteFromTheTopicMenuAsksFirst(FxRobot robot) throws Exception {
        waitUntil(() -> topicCell(robot, "python").tryQuery().isPresent());

        openMenu(robot, topicCell(robot, "python").query());
        waitUntil(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.clickOn("Delete");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> topicCell(robot, "python").tryQuery().isEmpty());
        assertEquals(0, services.search().search("tag:python", 0, 100).total());
    }
}
