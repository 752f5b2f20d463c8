package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported text with terminal escape codes reaches the terminal without them, through the real CLI. */
class ControlCharactersTest {
    // ESC ] 0 ; ... BEL retitles a terminal window; ESC [ 2 J clears the screen; U+009B is a C1 CSI.
    private static final String TITLE_JSON = "Rust \\u001b]0;pwned\\u0007Tricks\\u001b[2J";
    private static final String DESCRIPTION_JSON = "Line one\\u001b[31m red\\nLine two\\twith a tab\\r\\u009b6n";

    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void importHostileTalk() {
        cli = new Cli(dir);
        cli.importTalks(dir, "{\"title\": \"" + TITLE_JSON + "\", \"speakers\": [\"Ann\\u0007 Lee\"], \"event\": \"Conf\\u001b[1m 2024\", "
                + "\"description\": \"" + DESCRIPTION_JSON + "\"}");
    }

    private static void assertNoControlCharacters(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char ch = printed.charAt(i);
            boolean control = ch < 0x20 && ch != '\n' && ch != '\t' || ch >= 0x7F && ch <= 0x9F;
            assertTrue(!control, () -> "control character U+" + Integer.toHexString(ch) + " printed in: " + printed);
        }
    }

    @Test
    void searchPrintsTheTitleWithoutEscapeCodes() {
        String out = cli.ok("search", "rust").out();
        assertNoControlCharacters(out);
        assertTrue(out.contains("Rust ]0;pwnedTricks[2J — Ann Lee (Conf[1m 2024)"), out);
    }

    @Test
    void showPrintsTheDescriptionWithItsLinesButWithoutControlCharacters() {
        String out = cli.ok("show", "1").out();
        assertNoControlCharacters(out);
        assertTrue(out.contains("Line one[31m red\nLine two\twith a tab6n"), out);
    }

    @Test
    void jsonOutputEscapesControlCharactersAndKeepsTheText() {
        Cli.Result r = cli.ok("show", "1", "--json");
        assertNoControlCharacters(r.out());
        assertEquals("Line one\u001b[31m red\nLine two\twith a tab\r\u009b6n", r.json().get("description").asText());
    }
}
