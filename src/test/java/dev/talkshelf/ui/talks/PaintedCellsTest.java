package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.MainWindow;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.TestLibrary;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.theme.Theme;
import dev.talkshelf.ui.thumbnails.ThumbnailSource;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import java.util.function.Predicate;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.io.IOException;

/** The table's painted cells in the real window, themed: what they paint, where they cut, their tooltips. */
@ExtendWith(ApplicationExtension.class)
class PaintedCellsTest {
    private static final String PICTURE_URL = "https://i.ytimg.com/vi/test/hqdefault.jpg";

    @TempDir
    static Path dir;
    private Thumbnails thumbnails;
    private Services services;
    private FxTaskRunner tasks;
    private Scene scene;

    @Start
    void start(Stage stage) {
        services = TestLibrary.sample(dir);
        services.watch().mark(List.of(TalkId.of(1)), WatchStatus.WATCHED);
        // A quarter of a 40-minute talk seen: in progress, with its bar at 25 %.
        services.watch().recordSession(TalkId.of(3), Instant.now(), Duration.ZERO, Duration.ofMinutes(10),
                Duration.ofMinutes(40), false);
        // Talk 2 gets a picture, already in the thumbnail cache, so nothing goes to the network.
        Talk seen = services.library().talk(TalkId.of(2)).orElseThrow();
        Talk pictured = seen.withThumbnail(PICTURE_URL);
        services.library().update(seen, pictured);
        cachePicture(dir.resolve("thumbnails"), ThumbnailSource.of(pictured).cacheName());
        tasks = new FxTaskRunner();
        thumbnails = new Thumbnails(dir.resolve("thumbnails"), Optional.empty());
        MainWindow window = new MainWindow(services, tasks, Playback.NONE, Desktop.NONE, thumbnails, WindowSettings.DEFAULTS);
        scene = new Scene(window.root(), 1200, 760);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        thumbnails.close();
        tasks.close();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private List<TitleCell> titleCells(FxRobot robot) throws Exception {
        TableView<LazyRow> table = robot.lookup("#talks").queryAs(TableView.class);
        FxWait.until(5, () -> table.getItems().size() == 20
                && robot.lookup(".title-cell").queryAllAs(TitleCell.class).stream().anyMatch(c -> !c.value().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".title-cell").queryAllAs(TitleCell.class).stream()
                .filter(c -> c.getIndex() >= 0 && c.getIndex() < table.getItems().size() && !c.value().isEmpty()).toList();
    }

    private static final Color PICTURE_COLOUR = Color.rgb(200, 40, 40);

    /** A plain red 320 x 180 picture where the thumbnail cache keeps {@code name}. */
    private static void cachePicture(Path cache, String name) {
        try {
            Files.createDirectories(cache);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(320, 180, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(new java.awt.Color(200, 40, 40));
            g.fillRect(0, 0, 320, 180);
            g.dispose();
            javax.imageio.ImageIO.write(img, "png", cache.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Image snapshot(FxRobot robot, Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(5, TimeUnit.SECONDS);
    }

    /** Whether some pixel of {@code image} is {@code colour}, as a fully covered stroke of a glyph or chip is. */
    private static boolean hasPixel(Image image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.04 && Math.abs(c.getGreen() - colour.getGreen()) < 0.04
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.04) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void eachTitleCellPaintsItsTalksTitleInTheThemesTextColour(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#talks").queryAs(TableView.class);
        List<TitleCell> cells = titleCells(robot);
        assertTrue(cells.size() >= 10, "visible title cells: " + cells.size());
        for (TitleCell cell : cells) {
            LazyRow line = (LazyRow) table.getItems().get(cell.getIndex());
            assertEquals(line.row().title(), cell.value());
        }
        TitleCell first = cells.get(0);
        assertTrue(hasPixel(snapshot(robot, first), (Color) first.getTextFill()),
                "no pixel of the text colour " + first.getTextFill() + " in the first title cell");
    }

    @Test
    void aTitleTooLongForItsColumnIsCutWithAnEllipsisAndTheTooltipHasAllOfIt(FxRobot robot) throws Exception {
        List<TitleCell> cells = titleCells(robot);
        TitleCell cut = cells.stream().filter(c -> !c.painted().equals(c.value())).findFirst().orElseThrow(
                () -> new AssertionError("no title is cut at this width; the sample has titles of 60+ characters"));
        String painted = cut.painted();
        assertTrue(painted.endsWith(TextFit.ELLIPSIS), painted);
        assertTrue(cut.value().startsWith(painted.substring(0, painted.length() - 1)), painted);
        assertTrue(FontMeasure.of(cut.getFont()).width(painted) <= cut.getWidth(), "painted text wider than its cell");
        assertEquals(cut.value(), cut.tip());

        TitleCell whole = robot.lookup(".table-cell").match(TitleCell.class::isInstance).queryAllAs(TitleCell.class).stream()
                .filter(c -> !c.value().isEmpty() && c.painted().equals(c.value())).findFirst().orElseThrow();
        assertNull(whole.tip(), "text shown whole needs no tooltip: " + whole.value());
        robot.moveTo(cut);
        FxWait.until(5, () -> cut.getTooltip() != null);
        assertEquals(cut.value(), cut.getTooltip().getText());
    }

    @Test
    void topicsArePaintedAsChipsInTheThemesChipColour(FxRobot robot) throws Exception {
        titleCells(robot);
        ChipsCell chips = robot.lookup(".chips-cell").queryAllAs(ChipsCell.class).stream()
                .filter(c -> !c.topics().isEmpty()).findFirst().orElseThrow();
        LazyRow line = (LazyRow) chips.getTableRow().getItem();
        assertEquals(line.row().talk().tags(), chips.topics());
        assertEquals(String.join(", ", chips.topics()), chips.tip());
        assertNotEquals(Color.LIGHTBLUE, chips.chipColor(), "the theme's chip colour did not reach the cell");
        assertTrue(hasPixel(snapshot(robot, chips), chips.chipColor()), "no chip painted in " + chips.chipColor());
    }

    @Test
    void switchingToTheDarkThemeRepaintsTheTextInItsColour(FxRobot robot) throws Exception {
        TitleCell cell = titleCells(robot).get(1);
        Color light = (Color) cell.getTextFill();
        robot.interact(() -> Theme.DARK.apply(scene));
        WaitForAsyncUtils.waitForFxEvents();
        Color dark = (Color) cell.getTextFill();
        assertTrue(dark.getBrightness() > light.getBrightness(), light + " then " + dark);
        Image shot = snapshot(robot, cell);
        assertTrue(hasPixel(shot, dark), "no pixel of the dark theme's text colour " + dark);
        assertFalse(hasPixel(shot, light), "the light theme's text colour " + light + " is still painted");
        robot.interact(() -> Theme.LIGHT.apply(scene));
    }

    private static <C extends PaintedCell> C cell(FxRobot robot, Class<C> kind, Predicate<C> which) {
        return robot.lookup(".table-cell").match(kind::isInstance).queryAllAs(kind).stream()
                .filter(c -> c.getIndex() >= 0).filter(which).findFirst().orElseThrow(() -> new AssertionError("no such " + kind));
    }

    @Test
    void eachWatchStateIsPaintedInItsThemeColourAndInProgressShowsHowFar(FxRobot robot) throws Exception {
        titleCells(robot);
        StatusCell watched = cell(robot, StatusCell.class, c -> c.status() == WatchStatus.WATCHED);
        StatusCell unwatched = cell(robot, StatusCell.class, c -> c.status() == WatchStatus.UNWATCHED);
        StatusCell inProgress = cell(robot, StatusCell.class, c -> c.status() == WatchStatus.IN_PROGRESS);
        Color green = watched.colourOf(WatchStatus.WATCHED);
        assertNotEquals(Color.GREEN, green, "the theme's colour did not reach the cell");
        assertTrue(hasPixel(snapshot(robot, watched), green), "no watched glyph painted in " + green);
        assertFalse(hasPixel(snapshot(robot, unwatched), green), "an unwatched talk painted in the watched colour");
        assertEquals("watched", watched.tip());
        assertEquals("in-progress · 25%", inProgress.tip());
        assertTrue(hasPixel(snapshot(robot, inProgress), inProgress.colourOf(WatchStatus.IN_PROGRESS)));
    }

    @Test
    void aTalkWhosePictureIsCachedShowsItAndTheOthersThePlaceholder(FxRobot robot) throws Exception {
        titleCells(robot);
        ThumbnailCell pictured = cell(robot, ThumbnailCell.class, c -> c.getTableRow().getItem() != null
                && c.getTableRow().getItem().row() != null && c.getTableRow().getItem().row().talk().id().equals(TalkId.of(2)));
        FxWait.until(5, pictured::showsPicture);
        assertTrue(hasPixel(snapshot(robot, pictured), PICTURE_COLOUR), "the cached picture is not painted");

        ThumbnailCell picture = cell(robot, ThumbnailCell.class, c -> c.getTableRow().getItem() != null
                && c.getTableRow().getItem().row() != null && !c.getTableRow().getItem().row().talk().id().equals(TalkId.of(2)));
        assertFalse(picture.showsPicture());
        Image shot = snapshot(robot, picture);
        Color background = shot.getPixelReader().getColor(2, 2);
        Color middle = shot.getPixelReader().getColor((int) (picture.snappedLeftInset() + ThumbnailCell.WIDTH / 2),
                (int) (shot.getHeight() / 2));
        assertNotEquals(background, middle, "nothing painted where the placeholder goes");
    }
}
