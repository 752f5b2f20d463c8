package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sidebar, the details pane and the import strip join the window after its first rows are laid out (a smaller
 * first frame), in places kept for them: the first rows show without them, nothing moves when they come, and they
 * work as if they had been there from the start.
 */
@ExtendWith(ApplicationExtension.class)
class PartsAfterFirstRowsTest {
    @TempDir
    static Path dir;
    private SampleStage sample;
    private MainWindow window;
    /** At the first layout pass with rows: [sidebar's place, details' place, the list] as x, width; then whether the sidebar was in. */
    private double[] firstRows;
    private boolean sidebarAtFirstRows;

    @Start
    void start(Stage stage) {
        sample = SampleStage.open(stage, dir);
        window = new MainWindow(sample.services(), sample.tasks(), Playback.NONE, Desktop.NONE, null, WindowSettings.DEFAULTS);
        Scene scene = new Scene(window.root(), 1200, 760);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                TableView<?> talks = (TableView<?>) scene.lookup("#talks");
                if (firstRows == null && talks != null && !talks.getItems().isEmpty()) {
                    firstRows = bounds(scene);
                    sidebarAtFirstRows = scene.lookup("#sidebar") != null;
                }
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private static double[] bounds(Scene scene) {
        Node sidebar = scene.lookup(".sidebar-slot");
        Node details = scene.lookup(".details-slot");
        Node talks = scene.lookup("#talks");
        return new double[] {
            sidebar.localToScene(sidebar.getLayoutBounds()).getMinX(), sidebar.getLayoutBounds().getWidth(),
            details.localToScene(details.getLayoutBounds()).getMinX(), details.getLayoutBounds().getWidth(),
            talks.localToScene(talks.getLayoutBounds()).getMinX(), talks.getLayoutBounds().getWidth(),
            talks.localToScene(talks.getLayoutBounds()).getMinY(), talks.getLayoutBounds().getHeight()};
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(10, condition);
    }

    private static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void theFirstRowsAreLaidOutBeforeTheSidebarAndNothingMovesWhenItComes(FxRobot robot) throws Exception {
        waitUntil(() -> firstRows != null && present(robot, "#sidebar") && present(robot, "#details"));
        robot.interact(() -> { }); // one more pass with the parts laid out

        assertFalse(sidebarAtFirstRows, "the first rows' layout pass had the sidebar in it");
        double[] now = new double[8];
        robot.interact(() -> System.arraycopy(bounds(window.root().getScene()), 0, now, 0, 8));
        String[] names = {"sidebar x", "sidebar width", "details x", "details width", "list x", "list width", "list y", "list height"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(firstRows[i], now[i], 0.5, names[i] + " moved when the parts came in");
        }
    }

    @Test
    void theSidebarFiltersAndTheDetailsShowTheSelectedTalk(FxRobot robot) throws Exception {
        waitUntil(() -> present(robot, "#shelf-unwatched") && ((Label) ((javafx.scene.layout.HBox) robot.lookup("#shelf-unwatched")
                .query()).getChildren().get(3)).getText().equals("20"));

        robot.clickOn("#shelf-unwatched");
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        waitUntil(() -> search.getText().contains("status:unwatched"));

        @SuppressWarnings("unchecked")
        TableView<dev.talkshelf.ui.talks.LazyRow> table = robot.lookup("#talks").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0).row() != null);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
        String title = table.getItems().get(0).row().talk().title();
        waitUntil(() -> title.equals(robot.lookup("#details-title").queryAs(Label.class).getText())
                && robot.lookup("#details-title").query().isVisible());
    }

    @Test
    void theImportStripShowsWhileAnImportRuns(FxRobot robot) throws Exception {
        waitUntil(() -> present(robot, ".import-strip"));
        Node strip = robot.lookup(".import-strip").query();
        assertFalse(strip.isVisible(), "no import runs");
        AtomicBoolean shown = new AtomicBoolean();
        robot.interact(() -> strip.visibleProperty().addListener((obs, was, now) -> shown.compareAndSet(false, now)));
        Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "title,speakers\nA talk about strips,Ann Example\nAnother talk about strips,Bo Example\n");

        robot.interact(() -> window.model().imports().importPaths(List.of(csv)));

        waitUntil(shown::get);
        waitUntil(() -> !window.model().imports().runningProperty().get() && !strip.isVisible());
        waitUntil(() -> window.model().libraryCountProperty().get() == 22); // the import ran
    }
}
