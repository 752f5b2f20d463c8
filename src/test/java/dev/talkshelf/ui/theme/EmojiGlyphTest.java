package dev.talkshelf.ui.theme;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An emoji in a title (the seed list's "Rust's Alien Data Types 👽 Box, Rc, Arc") is drawn as a glyph, in the
 * window's font, both as a label draws text and as the table's painted cells do (Canvas.fillText): not as the
 * missing-glyph box and not as blank space. The reference for the box is a code point no font has (U+0378,
 * unassigned), drawn the same way; the reference for blank space is a space.
 *
 * JavaFX on Linux falls back per glyph to the fonts fontconfig lists, but draws only outline fonts: Noto Color
 * Emoji (bitmap glyphs) takes the glyph's room and shows nothing; Symbola draws it in black and white (see
 * docs/packaging.md, "Fonts"). Where no font JavaFX can draw has the glyph, the test is skipped saying so.
 */
@ExtendWith(ApplicationExtension.class)
class EmojiGlyphTest {
    private static final String ALIEN = "\uD83D\uDC7D";
    private static final String MISSING = "\u0378";
    private Label themed;

    @Start
    void start(Stage stage) {
        themed = new Label("Rust's Alien Data Types " + ALIEN + " Box, Rc, Arc");
        Scene scene = new Scene(new StackPane(themed), 600, 100);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anEmojiInALabelIsAGlyph() throws Exception {
        assumeAnOutlineEmojiFont();
        assertAGlyph(text -> {
            Label label = new Label(text);
            label.setFont(themed.getFont());
            return label;
        });
    }

    @Test
    void anEmojiPaintedLikeATableCellIsAGlyph() throws Exception {
        assumeAnOutlineEmojiFont();
        assertAGlyph(text -> {
            Canvas canvas = new Canvas(60, 40);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFont(themed.getFont());
            g.setFill(Color.BLACK);
            g.setTextBaseline(VPos.BASELINE);
            g.fillText(text, 4, 28);
            return canvas;
        });
    }

    private void assertAGlyph(Function<String, Node> draw) throws Exception {
        int[] alien = onFx(() -> pixels(draw.apply(ALIEN)));
        int[] box = onFx(() -> pixels(draw.apply(MISSING)));
        int[] blank = onFx(() -> pixels(draw.apply(" ")));
        assertTrue(ink(box) > 0, "the missing-glyph box draws something to compare with");
        assertNotEquals(0, ink(alien) - ink(blank), "U+1F47D takes room but draws nothing (a bitmap-only emoji font?)");
        assertTrue(differ(alien, box), "U+1F47D is drawn as the missing-glyph box in " + themed.getFont());
    }

    private static int[] onFx(Callable<int[]> drawing) throws Exception {
        return WaitForAsyncUtils.asyncFx(drawing).get(30, TimeUnit.SECONDS);
    }

    /** Whether JavaFX lists a font it draws that has the emoji; else the system has none to test with. */
    private static void assumeAnOutlineEmojiFont() {
        assumeTrue(Font.getFamilies().contains("Symbola"),
                "no outline font with emoji on this system (install fonts-symbola); bitmap-only Noto Color Emoji is not drawn by JavaFX");
    }

    private static int[] pixels(Node node) {
        StackPane holder = new StackPane(node);
        holder.setStyle("-fx-background-color: white;");
        new Scene(holder, 60, 40);
        SnapshotParameters white = new SnapshotParameters();
        white.setFill(Color.WHITE);
        WritableImage image = holder.snapshot(white, new WritableImage(60, 40));
        PixelReader reader = image.getPixelReader();
        int[] argb = new int[60 * 40];
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                argb[y * 60 + x] = reader.getArgb(x, y);
            }
        }
        return argb;
    }

    /** How many pixels are not white. */
    private static int ink(int[] argb) {
        int n = 0;
        for (int p : argb) {
            if ((p & 0xFFFFFF) != 0xFFFFFF) {
                n++;
            }
        }
        return n;
    }

    private static boolean differ(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return true;
            }
        }
        return false;
    }
}
