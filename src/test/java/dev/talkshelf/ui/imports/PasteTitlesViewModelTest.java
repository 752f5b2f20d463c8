package dev.talkshelf.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.service.ImportSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasteTitlesViewModelTest {

    @Test
    void speakersSplitOnCommasAmpersandsAndAnd() {
        assertEquals(List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"),
                PasteTitlesViewModel.splitNames("Ada Lovelace, Alan Turing and Grace Hopper"));
        assertEquals(List.of("Sam Lee", "Jo Park"), PasteTitlesViewModel.splitNames(" Sam Lee & Jo Park "));
    }

    @Test
    void aNameContainingAndIsNotSplit() {
        assertEquals(List.of("Sandra Anderson"), PasteTitlesViewModel.splitNames("Sandra Anderson"));
    }

    @Test
    void theLayoutLabelSaysWhichLayoutWasFoundOrThatNoneWas() {
        assertEquals("Layout found: Title | Speaker | Event (18 of 20 lines)",
                PasteTitlesViewModel.layoutText("Title | Speaker | Event (18 of 20 lines)", 20));
        assertEquals("No shared layout: each line read on its own", PasteTitlesViewModel.layoutText(null, 7));
        assertEquals("", PasteTitlesViewModel.layoutText(null, 1));
    }

    @Test
    void topicsSplitOnSpacesAndCommas() {
        assertEquals(List.of("python/typing", "testing"), PasteTitlesViewModel.splitTopics("python/typing,  testing"));
        assertEquals(List.of(), PasteTitlesViewModel.splitTopics("  "));
    }

    @Test
    void anImportSummaryNamesWhatWasAddedMergedAndSkipped() {
        ImportViewModel.Outcome o = ImportViewModel.describe(new ImportSummary(12, 2, 1, List.of("Rust"), false, List.of()));

        assertEquals("Added 12 talks", o.headline());
        assertEquals("Added: 12\nMerged into talks already here: 2\nSkipped (already here, nothing new): 1\nPlaylists: Rust"
                + "\n\nUndo (Ctrl+Z) takes the whole import back, merges included.", o.details());
    }

    @Test
    void anImportThatBroughtNothingNewSaysSo() {
        assertEquals("Nothing new to import", ImportViewModel.describe(new ImportSummary(0, 0, 4, List.of(), false, List.of())).headline());
    }
}
