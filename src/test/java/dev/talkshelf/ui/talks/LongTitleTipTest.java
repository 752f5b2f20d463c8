package dev.talkshelf.ui.talks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.ui.FxWait;
import dev.talkshelf.ui.ShownWindow;
import dev.talkshelf.ui.TestLibrary;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A title too long for its column is readable whole in the tooltip that shows when the pointer rests on it. */
@ExtendWith(ApplicationExtension.class)
class LongTitleTipTest {
    /** Longer than any window is wide in one line of the tooltip's font: it must wrap, not be cut. */
    private static final String LONG_TITLE = "Keynote: what twenty years of maintaining a scientific Python library taught us about "
            + "contributors, funding, packaging, type hints, free-threaded builds, documentation that people actually read, "
            + "and the long road from a weekend script to infrastructure a million researchers depend on every day";

    @TempDir
    static Path dir;
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        var services = TestLibrary.sample(dir);
        Talk first = services.library().talk(TalkId.of(1)).orElseThrow();
        services.library().update(first, first.withTitle(LONG_TITLE));
        shown = ShownWindow.show(stage, services);
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    void aCutTitleShowsWholeInItsTooltipOnHover(FxRobot robot) throws Exception {
        FxWait.until(10, () -> robot.lookup(".title-cell").queryAllAs(TitleCell.class).stream()
                .anyMatch(c -> c.value().equals(LONG_TITLE)));
        WaitForAsyncUtils.waitForFxEvents();
        TitleCell cell = robot.lookup(".title-cell").queryAllAs(TitleCell.class).stream()
                .filter(c -> c.value().equals(LONG_TITLE)).findFirst().orElseThrow();
        assertTrue(cell.paintedTitle().endsWith(TextFit.ELLIPSIS), "the long title is not cut: " + cell.paintedTitle());

        robot.moveTo(cell);
        FxWait.until(10, () -> cell.getTooltip() != null && cell.getTooltip().isShowing());
        Tooltip tip = cell.getTooltip();
        assertEquals(LONG_TITLE, tip.getText().lines().findFirst().orElseThrow());
        // What the tooltip's label draws is the whole text (wrapped onto lines), not its start and "…".
        FxWait.until(5, () -> shownText(tip) != null);
        String drawn = WaitForAsyncUtils.asyncFx(() -> shownText(tip)).get(5, TimeUnit.SECONDS);
        assertEquals(tip.getText(), drawn);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = WaitForAsyncUtils.asyncFx(() -> tip.getWidth()).get(5, TimeUnit.SECONDS);
        assertTrue(width <= screen.getWidth(), "the tooltip is wider than the screen: " + width);
    }

    @Test
    void aTopBarButtonGetsItsTooltipWhenThePointerFirstComes(FxRobot robot) throws Exception {
        Button help = robot.lookup("#help").queryAs(Button.class);
        assertNull(WaitForAsyncUtils.asyncFx(help::getTooltip).get(5, TimeUnit.SECONDS),
                "no tooltip is made before the pointer comes (each is a popup window)");
        robot.moveTo(help);
        FxWait.until(10, () -> help.getTooltip() != null && help.getTooltip().isShowing());
        assertEquals("Keyboard shortcuts (F1)", help.getTooltip().getText());
    }

    /** The text the tooltip's label lays out, or null before its skin has made it. */
    private static String shownText(Tooltip tip) {
        if (tip.getSkin() == null || !(tip.getSkin().getNode() instanceof Labeled label)) {
            return null;
        }
        Node text = label.lookup(".text");
        return text instanceof Text t ? t.getText() : null;
    }
}
