package dev.talkshelf.ui.talks;

import static dev.talkshelf.ui.FxWait.onFxThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.theme.Icons;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class StampsTest {
    /** Colours no other test paints with, so these stamps are new to this process. */
    private static final Color GROUND = Color.rgb(12, 130, 77);
    private static final Color PILL = Color.rgb(201, 33, 140);
    private static final Color GLYPH = Color.rgb(40, 60, 210);

    @Test
    void shapesPaintedBeforeTheirStampsIsMadeLookAsTheStampsDoAfter() throws Exception {
        WritableImage direct = onFxThread(StampsTest::paintAll);
        assertFalse(onFxThread(Stamps::allMade), "the stamps are made later, not while the first paint waits");
        for (int i = 0; i < 100 && !onFxThread(Stamps::allMade); i++) {
            Thread.sleep(50);
        }
        assertTrue(onFxThread(Stamps::allMade), "the stamps asked for were made a few pulses later");
        WritableImage stamped = onFxThread(StampsTest::paintAll);

        PixelReader a = direct.getPixelReader();
        PixelReader b = stamped.getPixelReader();
        int differ = 0;
        int painted = 0;
        for (int y = 0; y < (int) direct.getHeight(); y++) {
            for (int x = 0; x < (int) direct.getWidth(); x++) {
                Color ca = a.getColor(x, y);
                Color cb = b.getColor(x, y);
                painted += ca.getOpacity() > 0.9 ? 1 : 0;
                double d = Math.max(Math.abs(ca.getRed() - cb.getRed()), Math.max(Math.abs(ca.getGreen() - cb.getGreen()),
                        Math.max(Math.abs(ca.getBlue() - cb.getBlue()), Math.abs(ca.getOpacity() - cb.getOpacity()))));
                differ += d > 0.25 ? 1 : 0;
            }
        }
        assertTrue(painted > 2_000, "the shapes were painted: " + painted + " pixels");
        assertTrue(differ < painted / 50, differ + " of " + painted + " pixels differ between painted and stamped");
        assertEquals(GROUND, direct.getPixelReader().getColor(40, 20), "the ground is its colour inside");
        assertEquals(PILL, direct.getPixelReader().getColor(130, 20), "the pill is its colour inside");
    }

    private static WritableImage paintAll() {
        Canvas canvas = new Canvas(240, 40);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        Stamps.rounded(g, GROUND, 10, 5, 60, 30, 4, 1);
        Stamps.pill(g, PILL, 90, 12, 90, 16, 1);
        Stamps.glyph(g, Icons.of(WatchStatus.WATCHED), GLYPH, 200, 10, 20, 20, 1);
        assertEquals(Color.BLACK, g.getFill(), "the caller's fill is left as it was");
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }
}
