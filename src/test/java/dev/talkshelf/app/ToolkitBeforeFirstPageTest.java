package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ui.FxWait;
import dev.talkshelf.ui.talks.FirstFrame;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The toolkit is ready before the library's first page (the opening thread is held before it fetches the page until
 * the stage has started): the first frame still shows when the page comes within the grace, and the opening screen
 * shows when it does not.
 */
@ExtendWith(ApplicationExtension.class)
class ToolkitBeforeFirstPageTest {
    @TempDir
    Path dir;
    private final CountDownLatch page = new CountDownLatch(1);
    private final List<Parent> roots = new ArrayList<>();
    private TalkShelfApp app;
    private Stage stage;
    private StartTimeline timeline;

    @AfterEach
    void close() throws Exception {
        page.countDown();
        FxWait.onFxThread(() -> {
            if (stage != null) {
                stage.hide();
            }
            return null;
        });
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aPageThatComesAfterTheToolkitWithinTheGraceIsShownAsTheFirstFrame() throws Exception {
        start(Duration.ofMinutes(10)); // only the page ends the wait here

        assertFalse(FxWait.onFxThread(stage::isShowing), "the stage waits for the page: " + timeline.summary());
        page.countDown();
        FxWait.until(30, () -> roots.size() >= 2 && !tableTitles(roots.get(1)).isEmpty());

        FirstFrame frame = (FirstFrame) roots.get(0);
        List<String> drawn = FxWait.onFxThread(frame::paintedTitles);
        List<String> table = FxWait.onFxThread(() -> tableTitles(roots.get(1)));
        assertTrue(drawn.size() >= 10, "a screenful of titles: " + drawn);
        for (int i = 0; i < drawn.size(); i++) {
            String painted = drawn.get(i);
            assertTrue(table.get(i).startsWith(painted.endsWith("…") ? painted.substring(0, painted.length() - 1) : painted),
                    "row " + i + ": " + painted + " / " + table.get(i));
        }
        List<String> steps = steps();
        assertTrue(steps.indexOf("toolkit") < steps.indexOf("first page fetched"), timeline.summary());
        assertTrue(steps.indexOf("first page fetched") < steps.indexOf("first frame shown"), timeline.summary());
        assertFalse(steps.contains("window shown"), "no opening screen: " + timeline.summary());
    }

    @Test
    void aLibrarySlowerThanTheGraceShowsTheOpeningScreenFirst() throws Exception {
        start(Duration.ZERO);

        FxWait.until(30, () -> stage.isShowing() && !roots.isEmpty());
        assertFalse(steps().contains("first page fetched"), timeline.summary());
        page.countDown();
        FxWait.until(30, () -> roots.size() >= 2 && !tableTitles(roots.get(roots.size() - 1)).isEmpty());

        assertFalse(roots.get(0) instanceof FirstFrame, "the opening screen: " + roots);
        assertTrue(roots.stream().noneMatch(FirstFrame.class::isInstance), roots.toString());
        List<String> steps = steps();
        assertTrue(steps.indexOf("window shown") < steps.indexOf("library handed over"), timeline.summary());
    }

    /** Starts the app on a sample library whose opening thread waits for {@link #page} before fetching its first page. */
    private void start(Duration grace) throws Exception {
        Path library = dir.resolve("talks.db");
        try (var services = Library.open(library, Clock.systemUTC())) {
            SampleLibrary.importInto(services);
        }
        AppPaths paths = new AppPaths(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()), "Linux", dir);
        LibraryOpener opener = new LibraryOpener(paths, Clock.systemUTC());
        timeline = new StartTimeline(System.currentTimeMillis(), System::currentTimeMillis);
        LibraryOpening opening = LibraryOpening.start(opener, library, step -> {
            timeline.mark(step);
            if (step.equals("library open")) {
                try {
                    page.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        TalkShelfApp.configure(opener, opening, timeline, paths, grace);
        FxWait.onFxThread(() -> {
            stage = new Stage();
            stage.sceneProperty().addListener((o, old, scene) -> {
                roots.add(scene.getRoot());
                scene.rootProperty().addListener((r, was, now) -> roots.add(now));
            });
            app = new TalkShelfApp();
            app.start(stage);
            return null;
        });
    }

    private List<String> steps() {
        List<String> names = new ArrayList<>();
        for (String step : timeline.summary().split(", ")) {
            names.add(step.replaceAll(" -?\\d+$", ""));
        }
        return names;
    }

    /** The list's titles from top to bottom (a title cell's accessible text starts with its title). */
    private static List<String> tableTitles(Parent root) {
        List<Labeled> cells = new ArrayList<>();
        for (Node n : root.lookupAll(".title-cell")) {
            if (n instanceof Labeled cell && cell.isVisible() && cell.getAccessibleText() != null && !cell.getAccessibleText().isEmpty()) {
                cells.add(cell);
            }
        }
        cells.sort(Comparator.comparingDouble(c -> c.localToScene(0, 0).getY()));
        List<String> titles = new ArrayList<>();
        for (Labeled cell : cells) {
            titles.add(cell.getAccessibleText());
        }
        return titles;
    }
}
