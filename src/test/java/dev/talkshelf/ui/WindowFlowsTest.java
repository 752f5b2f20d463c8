package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.talks.LazyRow;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** Flows through the whole window on a real library file: search, sidebar, marking, topics, undo. */
@ExtendWith(ApplicationExtension.class)
class WindowFlowsTest {
    @TempDir
    static Path dir;
    private Services services;
    private ShownWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        services = TestLibrary.sample(dir);
        shown = ShownWindow.show(stage, services);
        window = shown.window();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(5, condition);
    }

    @SuppressWarnings("unchecked")
    private TableView<LazyRow> table(FxRobot robot) {
        return robot.lookup("#talks").queryAs(TableView.class);
    }

    /** The visible cell of the topic tree that shows {@code path}. */
    private static org.testfx.service.query.NodeQuery topicCell(FxRobot robot, String path) {
        return robot.lookup(".topic-cell").match((javafx.scene.Node n) -> n.isVisible()
                && path.equals(n.getProperties().get(dev.talkshelf.ui.sidebar.SidebarView.TOPIC_PATH)));
    }

    private static String shelfCount(FxRobot robot, String shelf) {
        javafx.scene.layout.HBox line = robot.lookup("#shelf-" + shelf).queryAs(javafx.scene.layout.HBox.class);
        return ((Label) line.getChildren().get(3)).getText();
    }

    @Test
    void topicTreeCountsTalksAndAClickWritesItsQuery(FxRobot robot) throws Exception {
        waitUntil(() -> topicCell(robot, "python").tryQuery().isPresent());
        javafx.scene.Node python = topicCell(robot, "python").query();
        assertTrue(robot.from(python).lookup((Label l) -> "10".equals(l.getText())).tryQuery().isPresent(),
                "python is on 10 of the sample talks");

        robot.clickOn(python);

        TextField search = robot.lookup("#search").queryAs(TextField.class);
        waitUntil(() -> search.getText().equals("tag:python"));
        robot.interact(() -> window.model().sidebar().click(dev.talkshelf.ui.sidebar.FilterKind.TOPIC, "python", false));
        waitUntil(() -> search.getText().equals("-tag:python"));
    }

    @Test
    void markingWatchedUpdatesTheRowTheCountsAndTheDetails(FxRobot robot) throws Exception {
        TableView<LazyRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 20 && table.getItems().get(0).row() != null);
        waitUntil(() -> "20".equals(shelfCount(robot, "unwatched")));

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
        robot.type(KeyCode.W);

        waitUntil(() -> table.getItems().get(0).row().talk().status() == WatchStatus.WATCHED);
        waitUntil(() -> "19".equals(shelfCount(robot, "unwatched")));
        waitUntil(() -> "Watched".equals(robot.lookup("#details-status").queryAs(Label.class).getText()));
        waitUntil(() -> robot.lookup("#summary").queryAs(Label.class).getText().contains("1 watched"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        waitUntil(() -> table.getItems().get(0).row().talk().status() == WatchStatus.UNWATCHED);
        waitUntil(() -> "20".equals(shelfCount(robot, "unwatched")));
    }

    @Test
    void aTopicAddedInTheDetailsShowsInTheTableAndTheTree(FxRobot robot) throws Exception {
        TableView<LazyRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 20 && table.getItems().get(0).row() != null);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
        waitUntil(() -> robot.lookup("#add-topic").tryQuery().isPresent() && robot.lookup("#add-topic").query().isVisible());

        robot.clickOn("#add-topic").write("testing/property-based").type(KeyCode.ENTER);

        waitUntil(() -> table.getItems().get(0).row().talk().tags().contains("testing/property-based"));
        waitUntil(() -> topicCell(robot, "testing").tryQuery().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void topicTreeUpdatesItsCountsInPlaceWhenTheSearchChanges(FxRobot robot) throws Exception {
        javafx.scene.control.TreeView<dev.talkshelf.model.TopicNode> tree = robot.lookup("#topics").queryAs(javafx.scene.control.TreeView.class);
        waitUntil(() -> pythonItem(tree) != null && pythonItem(tree).getValue().count() == 10);
        javafx.scene.control.TreeItem<dev.talkshelf.model.TopicNode> python = pythonItem(tree);
        robot.interact(() -> python.setExpanded(true));

        robot.clickOn("#search").write("rust");

        waitUntil(() -> pythonItem(tree) != null && pythonItem(tree).getValue().count() < 10);
        assertTrue(pythonItem(tree) == python, "the same tree item, so the tree keeps its place and what is open");
        assertTrue(python.isExpanded());
    }

    private static javafx.scene.control.TreeItem<dev.talkshelf.model.TopicNode> pythonItem(
            javafx.scene.control.TreeView<dev.talkshelf.model.TopicNode> tree) {
        return tree.getRoot().getChildren().stream().filter(i -> i.getValue().path().equals("python")).findFirst().orElse(null);
    }

    @Test
    void typingAQueryFiltersTheTableAndTheCounts(FxRobot robot) throws Exception {
        TableView<LazyRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 20);

        robot.clickOn("#search").write("rust");

        waitUntil(() -> table.getItems().size() > 0 && table.getItems().size() < 20);
        long matches = table.getItems().size();
        waitUntil(() -> String.valueOf(matches).equals(shelfCount(robot, "all")));
        waitUntil(() -> robot.lookup("#summary").queryAs(Label.class).getText().startsWith(matches + " talk"));
    }
}
