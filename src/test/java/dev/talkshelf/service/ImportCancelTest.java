package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancelling an import and importing pasted titles, on a real library file. */
class ImportCancelTest extends OnTestLibrary {
    ImportService imports;

    @BeforeEach
    void open() {
        imports = lib.importsWithoutReaders(t -> t.title().contains("Rust") ? List.of("rust") : List.of());
    }

    private static ImportBatch generated(int n) {
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            talks.add(Talk.titled("Generated talk " + i));
        }
        return ImportBatch.ofTalks(talks);
    }

    @Test
    void cancellingHalfwayLeavesTheLibraryAsItWas() {
        lib.talk("Already here", 30);
        AtomicInteger asked = new AtomicInteger();

        assertThrows(ImportCancelledException.class,
                () -> imports.apply(List.of(generated(2000)), false, ImportContext.Progress.SILENT, () -> asked.incrementAndGet() > 1000));

        assertEquals(1, lib.talks.allIds().size());
    }

    @Test
    void anImportNotCancelledAddsEveryTalkAndReportsProgress() {
        List<Long> reported = new ArrayList<>();

        ImportSummary summary = imports.apply(List.of(generated(120)), false, (done, total) -> reported.add(total), () -> false);

        assertEquals(120, summary.added());
        assertFalse(reported.isEmpty());
        assertEquals(120L, reported.get(0));
    }

    @Test
    void pastedTitlesAreParsedAndATitleAlreadyInTheLibraryIsFlagged() {
        lib.talk("Fearless Concurrency in Rust", 30);

        List<TitlePreview> rows = imports.previewTitles(List.of("Fearless Concurrency in Rust", "", "Typing at Scale - Jane Doe"));

        assertEquals(2, rows.size());
        assertTrue(rows.get(0).isDuplicate());
        assertEquals(List.of("rust"), rows.get(0).topics());
        assertNull(rows.get(1).duplicateOf());
    }

    @Test
    void correctedTitleRowsAreImportedAsCorrected() {
        TitlePreview row = imports.previewTitles(List.of("Some Talk")).get(0);
        TitlePreview corrected = new TitlePreview(row.line(), "Some Better Talk", List.of("Ada Lovelace"), "PyCon US 2024",
                List.of("python"), null);

        ImportSummary summary = imports.importTitles(List.of(corrected));

        assertEquals(1, summary.added());
        Talk stored = lib.talks.get(lib.talks.findByTitle("Some Better Talk").get(0)).orElseThrow();
        assertEquals(List.of("Ada Lovelace"), stored.speakers());
        assertEquals(List.of("python"), stored.tags());
        assertEquals(2024, stored.year());
    }
}
