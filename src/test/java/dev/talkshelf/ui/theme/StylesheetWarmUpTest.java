package dev.talkshelf.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import org.junit.jupiter.api.Test;

class StylesheetWarmUpTest {
    @Test
    void readsTheRulesOfAtlantaFxsSheetAndOurOwn() throws Exception {
        int atlantafx = StylesheetWarmUp.read(List.of(new PrimerLight().getUserAgentStylesheet()));
        int both = StylesheetWarmUp.read(List.of(new PrimerLight().getUserAgentStylesheet(), "/dev/talkshelf/ui/talkshelf.css"));
        assertTrue(atlantafx > 500, "AtlantaFX's light sheet has about a thousand rules, read " + atlantafx);
        assertTrue(both > atlantafx, "our own sheet adds its rules: " + both + " against " + atlantafx);
    }

    @Test
    void aSheetThatIsNotThereIsSkipped() throws Exception {
        assertEquals(0, StylesheetWarmUp.read(List.of("/dev/talkshelf/ui/no-such-sheet.css")));
    }

    @Test
    void waitingForTheReadReturnsOnceItIsOver() {
        StylesheetWarmUp.start().awaitDone();
        StylesheetWarmUp.none().awaitDone();
    }
}
