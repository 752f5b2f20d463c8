package dev.talkshelf.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary stylesheet JavaFX loads in place of talkshelf.css says what the text says. */
class StylesheetCompilerTest {
    @Test
    void theBuiltBinaryStylesheetHasTheTextsRules() throws IOException {
        URL css = Theme.class.getResource("/dev/talkshelf/ui/talkshelf.css");
        URL bss = Theme.class.getResource("/dev/talkshelf/ui/talkshelf.bss");
        assertNotNull(bss, "the build writes talkshelf.bss beside talkshelf.css");

        List<String> text = rules(new CssParser().parse(css));
        assertFalse(text.isEmpty());
        assertEquals(text, rules(Stylesheet.loadBinary(bss)), "talkshelf.bss is older than talkshelf.css: rebuild (mvn process-classes)");
    }

    @Test
    void aStylesheetIsWrittenBesideItsText(@TempDir Path dir) throws IOException {
        Path css = dir.resolve("some.css");
        Files.writeString(css, ".talk-title { -fx-font-weight: bold; }\n.chip:hover { -fx-background-color: #eee; }\n");

        StylesheetCompiler.main(new String[] {css.toString()});

        Stylesheet compiled = Stylesheet.loadBinary(dir.resolve("some.bss").toUri().toURL());
        assertEquals(rules(new CssParser().parse(css.toUri().toURL())), rules(compiled));
    }

    @Test
    void aFileThatIsNotAStylesheetIsRefused(@TempDir Path dir) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StylesheetCompiler.main(new String[] {dir.resolve("notes.txt").toString()}));
        assertEquals("not a .css file: " + dir.resolve("notes.txt"), refused.getMessage());
    }

    /** Each rule's selectors and declarations (a binary sheet's rules decode their declarations when asked). */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(StylesheetCompilerTest::said).toList();
    }

    private static String said(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .toList();
    }
}
