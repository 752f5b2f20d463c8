package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FakePlayback;
import dev.talkshelf.ui.SampleStage;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The grid of cards on the 20 sample talks: switching to it, selecting, playing and the context menu. */
@ExtendWith(ApplicationExtension.class)
class TalkGridFlowTest {
    @TempDir
    Path dir;
    private SampleStage sample;
    private TalkListViewModel model;
    private TalkViews views;
    private final List<Talk> played = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        sample = SampleStage.open(stage, dir);
        Services services = sample.services();
        model = new TalkListViewModel(services.search(), services.library(), services.watch(), sample.tasks(),
                new UserErrors(e -> { }), new FakePlayback((talk, progressed, ended) -> played.add(talk)), Desktop.NONE,
                () -> model.refresh());
        views = new TalkViews(model, null, Map.of(), TalkLayout.COMFORTABLE);
        Scene scene = new Scene(new BorderPane(views.root(), views.switcher(), null, null, null), 1200, 760);
        views.install(scene);
        stage.setScene(scene);
        stage.show();
        model.show("");
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(10, condition);
    }

    private TalkGridView grid() {
        return views.grid();
    }

    /** Switches with Ctrl+3 and waits for the cards of the first lines to hold their talks. */
    private void showGrid(FxRobot robot) throws Exception {
        waitUntil(() -> model.rowsProperty().get().size() == 20);
        robot.clickOn(views.root());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> views.layoutProperty().get() == TalkLayout.GRID && !grid().shownCards().isEmpty()
                && grid().shownCards().stream().allMatch(c -> c.row() != null));
    }

    private TalkCard card(int index) {
        return grid().shownCards().stream().filter(c -> c.index() == index).findFirst().orElseThrow();
    }

    @Test
    void ctrl3ShowsTheTalksAsLinesOfCardsInTheListsOrder(FxRobot robot) throws Exception {
        showGrid(robot);

        int columns = grid().columns();
        assertTrue(columns >= 3, "1200 px hold at least three cards a line, got " + columns);
        assertEquals((20 + columns - 1) / columns, grid().lineCount());
        List<TalkCard> cards = grid().shownCards().stream().sorted(Comparator.comparingInt(TalkCard::index)).toList();
        for (int i = 0; i < cards.size(); i++) {
            assertEquals(i, cards.get(i).index());
            assertEquals(model.rowsProperty().get().loaded(i).title(), cards.get(i).row().title());
            assertFalse(cards.get(i).paintedTitle().isEmpty(), "card " + i + " painted its title");
        }
        assertTrue(robot.lookup("#layout-grid").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @Test
    void clickingACardSelectsItsTalkAndEnterPlaysIt(FxRobot robot) throws Exception {
        showGrid(robot);
        Talk third = model.rowsProperty().get().loaded(2).talk();

        robot.clickOn(card(2));
        waitUntil(() -> model.selectedTalks().equals(List.of(third)));
        assertTrue(card(2).isSelected());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> played.size() == 1);
        assertEquals(third.id(), played.get(0).id());
    }

    @Test
    void doubleClickPlaysAndArrowsMoveByCardAndByLine(FxRobot robot) throws Exception {
        showGrid(robot);
        int columns = grid().columns();
        Talk second = model.rowsProperty().get().loaded(1).talk();

        robot.doubleClickOn(card(1), MouseButton.PRIMARY);
        waitUntil(() -> played.size() == 1);
        assertEquals(second.id(), played.get(0).id());

        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        Talk below = model.rowsProperty().get().loaded(2 + columns).talk();
        waitUntil(() -> model.currentProperty().get() != null && model.currentProperty().get().id().equals(below.id()));
        assertEquals(List.of(below), model.selectedTalks());
    }

    @Test
    @org.junit.jupiter.api.Disabled("the context menu does not show after a robot right-click on Monocle, nor after a secondary-button press fired at the card (tried on 2026-12-03, startfast); unresolved")
    void theContextMenuMarksTheSelectedTalkWatched(FxRobot robot) throws Exception {
        showGrid(robot);
        Talk fourth = model.rowsProperty().get().loaded(3).talk();

        robot.rightClickOn(card(3));
        waitUntil(() -> robot.listTargetWindows().stream().anyMatch(w -> w instanceof ContextMenu m && m.isShowing()));
        ContextMenu menu = (ContextMenu) robot.listTargetWindows().stream().filter(w -> w instanceof ContextMenu).findFirst().orElseThrow();
        assertEquals(List.of(fourth), model.selectedTalks());
        robot.interact(() -> menu.getItems().stream().filter(i -> "talk-menu-watched".equals(i.getId())).findFirst().orElseThrow().fire());

        waitUntil(() -> sample.services().library().talk(fourth.id()).orElseThrow().status() == WatchStatus.WATCHED);
    }

    @Test
    void theSelectionGoesAlongWhenSwitchingBackToTheList(FxRobot robot) throws Exception {
        showGrid(robot);
        robot.clickOn(card(4));
        waitUntil(() -> grid().focusedIndex() == 4);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        waitUntil(() -> views.layoutProperty().get() == TalkLayout.COMPACT);
        TableView<?> table = robot.lookup("#talks").queryAs(TableView.class);
        assertEquals(List.of(4), List.copyOf(table.getSelectionModel().getSelectedIndices()));
        assertTrue(views.list().isCompact());
    }
}
