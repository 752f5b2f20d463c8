package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog and pane of the window, opened as a user opens them at the default window size: no label, button
 * or check box shows its text cut ("Web pages and..."). Rows of the talk list and the sidebar's lists are left to
 * their own layout (a cut title there has its tooltip); everything else must fit.
 */
@ExtendWith(ApplicationExtension.class)
class WholeTextTest {
    @TempDir
    static Path dir;
    private SampleStage sample;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        sample = SampleStage.open(stage, dir);
        window = new MainWindow(sample.services(), sample.tasks(), Playback.NONE, Desktop.NONE, null, WindowSettings.DEFAULTS);
        stage.setScene(new Scene(window.root(), WindowSettings.DEFAULTS.width(), WindowSettings.DEFAULTS.height()));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void everyDialogAndPaneShowsItsWholeText(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().libraryCountProperty().get() > 0);
        List<String> cut = new ArrayList<>();

        check("main window", cut);
        robot.clickOn("#talks");
        robot.type(KeyCode.HOME);
        check("main window with a talk's details", cut);

        inDialog(robot, "F1 shortcuts", () -> robot.type(KeyCode.F1), cut);
        inDialog(robot, "Preferences", () -> robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL), cut);
        inDialog(robot, "New playlist", () -> robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL), cut);
        inDialog(robot, "Import from link", () -> robot.clickOn("#import-menu").clickOn("#import-link"), cut);
        inDialog(robot, "Paste titles", () -> robot.clickOn("#import-menu").clickOn("#paste-titles"), cut);
        inDialog(robot, "Fill to a time budget", () -> robot.clickOn("#playlist-menu").clickOn("#fill-budget"), cut);
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText("rust"));
        inDialog(robot, "Save search as playlist", () -> robot.clickOn("#playlist-menu").clickOn("#save-search"), cut);
        inDialog(robot, "Edit topics", () -> fireTalkMenuItem(robot, "Edit topics…"), cut);
        inDialog(robot, "an error", () -> robot.interact(() -> window.model().createPlaylist("Rust foundations")), cut);

        robot.interact(() -> window.model().openPlaylist("Rust foundations"));
        WaitForAsyncUtils.waitForFxEvents();
        check("playlist", cut);
        robot.interact(() -> window.model().openDashboard());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        check("progress dashboard", cut);

        assertEquals(List.of(), cut, "text cut at " + WindowSettings.DEFAULTS.width() + "x" + WindowSettings.DEFAULTS.height());
    }

    /** Opens a dialog with {@code open}, checks every window then showing, and closes the dialog with Esc. */
    private void inDialog(FxRobot robot, String what, Runnable open, List<String> cut) throws Exception {
        int before = shownStages().size();
        open.run();
        waitUntil(() -> shownStages().size() > before);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        check(what, cut);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> shownStages().size() == before);
    }

    private void check(String what, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Stage s : shownStages()) {
            String where = what + (s == sample.stage() ? "" : " (" + s.getTitle() + ")");
            for (String text : CutText.in(s.getScene().getRoot())) {
                cut.add(where + ": " + text);
            }
        }
    }

    /** The talk list's context menu item {@code text}, chosen as a click would: later, on the FX thread. */
    private static void fireTalkMenuItem(FxRobot robot, String text) {
        javafx.scene.control.TableView<?> talks = robot.lookup("#talks").queryAs(javafx.scene.control.TableView.class);
        javafx.application.Platform.runLater(() -> talks.getContextMenu().getItems().stream()
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow().fire());
    }

    private static List<Stage> shownStages() {
        List<Stage> stages = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w instanceof Stage s && s.isShowing()) {
                stages.add(s);
            }
        }
        return stages;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(10, condition);
    }

    /** The texts shown cut under a node: a Labeled whose displayed text (its skin's Text) is not its whole text. */
    static final class CutText {
        static List<String> in(Parent root) {
            List<String> found = new ArrayList<>();
            walk(root, found);
            return found;
        }

        private static void walk(Node node, List<String> found) {
            if (!node.isVisible() || node instanceof Cell) {
                return;
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                String whole = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text shown && !whole.equals(shown.getText())) {
                        found.add("\"" + shown.getText() + "\" for \"" + labeled.getText() + "\"");
                    }
                }
            }
            if (node instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    walk(child, found);
                }
            }
        }
    }

    @Test
    void aLabelTooNarrowForItsTextIsFoundCut(FxRobot robot) {
        javafx.scene.control.Label label = new javafx.scene.control.Label("A talk counts as watched at");
        robot.interact(() -> {
            label.setMaxWidth(60);
            ((javafx.scene.layout.BorderPane) window.root()).setBottom(label);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(CutText.in(window.root()).stream().anyMatch(s -> s.contains("A talk counts as watched at")));
    }
}
