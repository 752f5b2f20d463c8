package dev.talkshelf.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.ImportMerge;
import dev.talkshelf.service.ImportSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportViewModelTest {
    @Test
    void summaryListsEachMergeWithTheTalkItWentIntoAndWhy() {
        ImportSummary summary = new ImportSummary(3, 1, 1, List.of(), false, List.of(), List.of(
                new ImportMerge("Async again", TalkId.of(7), "Async in Depth", "same video", true),
                new ImportMerge("Typing at scale", TalkId.of(9), "Typing at Scale", "same title and speakers", false)));

        ImportViewModel.Outcome o = ImportViewModel.describe(summary);

        assertEquals(List.of("Merged “Async again” into #7 “Async in Depth”: same video",
                "Skipped “Typing at scale” — already here as #9 “Typing at Scale”: same title and speakers"), o.matches());
        assertTrue(o.details().contains("Merged into talks already here: 1"), o.details());
        assertTrue(o.details().contains("Undo"), "the summary says the merges can be taken back");
    }
}
