package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentSplitterTest {

    @Test
    void whiteSpaceSeparatesArguments() {
        assertEquals(List.of("--speed", "1.5", "--fs"), ArgumentSplitter.split("  --speed   1.5\t--fs "));
    }

    @Test
    void doubleQuotesKeepSpacesInOneArgument() {
        assertEquals(List.of("--sub-file=my subs.srt", "x"), ArgumentSplitter.split("--sub-file=\"my subs.srt\" x"));
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
        assertEquals(List.of("a \"b\" \\c"), ArgumentSplitter.split("'a \"b\" \\c'"));
    }

    @Test
    void shellSyntaxIsJustText() {
        assertEquals(List.of("$(rm", "-rf", "~);", "|", "`id`", "&&"), ArgumentSplitter.split("$(rm -rf ~); | `id` &&"));
    }

    @Test
    void backslashEscapesSpaceAndQuotes() {
        assertEquals(List.of("two words", "\"q\""), ArgumentSplitter.split("two\\ words \\\"q\\\""));
    }

    @Test
    void windowsPathKeepsItsBackslashes() {
        assertEquals(List.of("C:\\Program Files\\mpv\\mpv.exe"), ArgumentSplitter.split("\"C:\\Program Files\\mpv\\mpv.exe\""));
    }

    @Test
    void emptyQuotesGiveAnEmptyArgument() {
        assertEquals(List.of("--title=", ""), ArgumentSplitter.split("--title= \"\""));
    }

    @Test
    void blankOrNullLineGivesNoArguments() {
        assertEquals(List.of(), ArgumentSplitter.split("   "));
        assertEquals(List.of(), ArgumentSplitter.split(null));
    }

    @Test
    void unclosedQuoteIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArgumentSplitter.split("--title=\"oops"));
        assertEquals("Unclosed double quote in: --title=\"oops", e.getMessage());
    }
}
