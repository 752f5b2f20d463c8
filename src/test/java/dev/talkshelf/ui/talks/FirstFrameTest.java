package dev.talkshelf.ui.talks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ui.FxWait;
import dev.talkshelf.ui.MainWindow;
import dev.talkshelf.ui.SampleStage;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The launch's first frame draws the library's first titles where the list will show them; the whole window then takes
 * its place (as TalkShelfApp swaps them) with the same talks in the same rows, in the same font and colour.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    @TempDir
    static Path dir;
    private SampleStage sample;

    @Start
    void start(Stage stage) {
        sample = SampleStage.open(stage, dir);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void theFirstTitlesAreDrawnWhereTheLightListWillShowThem() throws Exception {
        firstFrameThenWindow(WindowSettings.DEFAULTS, 1360, 860);
    }

    @Test
    void theFirstTitlesAreDrawnWhereTheDarkListWillShowThem() throws Exception {
        firstFrameThenWindow(WindowSettings.DEFAULTS.withTheme("dark"), 1440, 900);
    }

    @Test
    void aGridGetsNoFirstFrame() {
        FirstPage page = FirstPage.fetch(sample.services().search(), "", false);
        WindowSettings grid = new WindowSettings(null, null, 1360, 860, false, 0.17, 0.74, java.util.Map.of(), "light",
                List.of(), null, "grid", false);
        assertTrue(FirstFrame.of(page, grid, false).isEmpty());
        assertFalse(FirstFrame.of(page, WindowSettings.DEFAULTS, false).isEmpty());
    }

    private void firstFrameThenWindow(WindowSettings settings, double width, double height) throws Exception {
        FirstPage page = FirstPage.fetch(sample.services().search(), "", false);
        Theme theme = Theme.parse(settings.theme());
        FirstFrame frame = FxWait.onFxThread(() -> {
            FirstFrame f = FirstFrame.of(page, settings, theme == Theme.DARK).orElseThrow();
            sample.stage().setScene(new Scene(f, width, height));
            sample.stage().show();
            return f;
        });
        FxWait.until(10, () -> !frame.paintedTitles().isEmpty());
        List<String> drawn = FxWait.onFxThread(frame::paintedTitles);
        assertTrue(drawn.size() >= 10, "a screenful of titles: " + drawn);
        for (int i = 0; i < drawn.size(); i++) {
            assertTrue(sameStart(page.rows().get(i).title(), drawn.get(i)), drawn.get(i));
        }
        double[] box = FxWait.onFxThread(() -> frame.titleBox(width));

        MainWindow window = FxWait.onFxThread(() -> {
            Scene scene = sample.stage().getScene();
            theme.useForControls();
            theme.apply(scene);
            MainWindow w = new MainWindow(sample.services(), sample.tasks(), Playback.NONE, Desktop.NONE, null, settings, page);
            scene.setRoot(w.root());
            return w;
        });
        FxWait.until(10, () -> titleCells(window).size() >= drawn.size());
        FxWait.onFxThread(() -> {
            List<TitleCell> cells = titleCells(window);
            for (int i = 0; i < drawn.size(); i++) {
                TitleCell cell = cells.get(i);
                Canvas canvas = (Canvas) cell.getGraphic();
                Bounds at = canvas.localToScene(canvas.getLayoutBounds());
                assertEquals(page.rows().get(i).title(), cell.title(), "row " + i);
                assertEquals(box[0], at.getMinX(), 0.01, "title x, row " + i);
                assertEquals(box[1] + i * box[3], at.getMinY(), 0.01, "title y, row " + i);
                assertEquals(box[3], at.getHeight(), 0.01, "row height");
                assertTrue(at.getWidth() >= box[2], "the first frame cut titles no later than the list: " + at.getWidth() + " < " + box[2]);
                assertTrue(sameStart(cell.paintedTitle(), drawn.get(i)), cell.paintedTitle() + " / " + drawn.get(i));
                assertEquals(frame.titleFont(), cell.getFont());
                assertEquals(frame.colours().text(), cell.getTextFill());
            }
            return null;
        });
    }

    /** Whether {@code painted} is {@code whole}, or a start of it cut with "…". */
    private static boolean sameStart(String whole, String painted) {
        return painted.equals(whole) || painted.endsWith("…") && whole.startsWith(painted.substring(0, painted.length() - 1));
    }

    private static List<TitleCell> titleCells(MainWindow window) {
        List<TitleCell> cells = new ArrayList<>();
        for (Node n : window.root().lookupAll(".title-cell")) {
            if (n instanceof TitleCell c && !c.title().isEmpty() && c.isVisible() && c.getGraphic() instanceof Canvas canvas
                    && canvas.getWidth() > 0) {
                cells.add(c);
            }
        }
        cells.sort(Comparator.comparingDouble(c -> c.localToScene(0, 0).getY()));
        return cells;
    }
}
