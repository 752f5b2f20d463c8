package dev.talkshelf.ui.theme;

import java.io.File;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * Run by the build (process-classes), not by the app: writes TalkShelf's stylesheet in JavaFX's binary form beside
 * the text one in the classes folder. JavaFX loads {@code talkshelf.bss} in place of a {@code talkshelf.css} it is
 * asked for when both are there, which spares parsing the text on the FX thread at every start (decision 0038).
 */
public final class StylesheetCompiler {
    private StylesheetCompiler() {
    }

    /** {@code args}: the .css files to compile, each to a .bss of the same name beside it. */
    public static void main(String[] args) throws IOException {
        for (String css : args) {
            if (!css.endsWith(".css")) {
                throw new IllegalArgumentException("not a .css file: " + css);
            }
            Stylesheet.convertToBinary(new File(css), new File(css.substring(0, css.length() - 4) + ".bss"));
        }
    }
}
