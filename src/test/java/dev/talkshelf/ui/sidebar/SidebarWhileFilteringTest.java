package dev.talkshelf.ui.sidebar;

import dev.talkshelf.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.MainWindow;
import dev.talkshelf.ui.ShownWindow;
import dev.talkshelf.ui.TestLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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

/** The sidebar as a search narrows it, on the sample library: entries keep their places, empty rows stay empty. */
@ExtendWith(ApplicationExtension.class)
class SidebarWhileFilteringTest {
    @TempDir
    static Path dir;
    private ShownWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Services services = TestLibrary.sample(dir);
        shown = ShownWindow.show(stage, services);
        window = shown.window();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(10, condition);
    }

    @Test
    void aClickedTopicLeavesEveryListInTheOrderItHadUnfiltered(FxRobot robot) throws Exception {
        SidebarViewModel sidebar = window.model().sidebar();
        waitUntil(() -> !sidebar.speakers().isEmpty() && !sidebar.topics().isEmpty());
        List<String> speakers = values(sidebar.speakers());
        List<String> topics = sidebar.topics().stream().map(t -> t.path()).toList();

        robot.interact(() -> sidebar.click(FilterKind.TOPIC, "python", false));
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        waitUntil(() -> search.getText().equals("tag:python"));
        waitUntil(() -> sidebar.speakers().size() < speakers.size());

        assertInOrder(speakers, values(sidebar.speakers()));
        assertInOrder(topics, sidebar.topics().stream().map(t -> t.path()).toList());
    }

    @Test
    void rowsLeftEmptyByASearchShowNoArrow(FxRobot robot) throws Exception {
        SidebarViewModel sidebar = window.model().sidebar();
        waitUntil(() -> !sidebar.topics().isEmpty());
        @SuppressWarnings("unchecked")
        TreeView<?> tree = robot.lookup("#topics").queryAs(TreeView.class);
        robot.interact(() -> expandAll(tree.getRoot()));
        WaitForAsyncUtils.waitForFxEvents();
        int before = tree.getExpandedItemCount();

        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText("fearless"));
        waitUntil(() -> tree.getExpandedItemCount() < before);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> wrong = new ArrayList<>();
        for (Node n : robot.from(tree).lookup(".topic-cell").queryAll()) {
            TreeCell<?> cell = (TreeCell<?>) n;
            Node arrow = cell.getDisclosureNode();
            boolean opens = !cell.isEmpty() && cell.getTreeItem() != null && !cell.getTreeItem().isLeaf();
            if (cell.isVisible() && arrow != null && arrow.isVisible() && !opens) {
                wrong.add(cell.isEmpty() ? "an empty row" : String.valueOf(cell.getItem()));
            }
        }
        assertEquals(List.of(), wrong, "rows with an arrow and nothing to open");
    }

    @Test
    void anEmptyListSaysNoneYetAsThePlaylistsDo(FxRobot robot) {
        ListView<?> events = robot.lookup("#events").queryAs(ListView.class);
        Node placeholder = events.getPlaceholder();
        List<String> texts = robot.from(placeholder).lookup((Label l) -> true).queryAll().stream()
                .map(l -> ((Label) l).getText()).toList();
        assertEquals(List.of("None yet"), texts);
        assertFalse(placeholder instanceof Label, "aligned as the first entry would be, not centred");
    }

    private static void expandAll(TreeItem<?> item) {
        for (TreeItem<?> child : item.getChildren()) {
            child.setExpanded(true);
            expandAll(child);
        }
    }

    private static List<String> values(List<FacetCount> facets) {
        return facets.stream().map(FacetCount::value).toList();
    }

    /** {@code shown} lists some of {@code all}'s values, in {@code all}'s order. */
    private static void assertInOrder(List<String> all, List<String> shown) {
        List<String> expected = all.stream().filter(shown::contains).toList();
        assertTrue(all.containsAll(shown), "no new values: " + shown);
        assertEquals(expected, shown);
    }
}
