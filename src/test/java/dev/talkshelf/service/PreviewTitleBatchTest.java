package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pasted titles read as one batch, on a real library file. */
class PreviewTitleBatchTest extends OnTestLibrary {
    ImportService imports;

    @BeforeEach
    void open() {
        imports = lib.importsWithoutReaders(t -> List.of());
    }

    @Test
    void linesSharingALayoutReportItAndSettleTheUnsureLine() {
        TitlePreviews previews = imports.previewTitleBatch(List.of(
                "Caching at the edge • Elena Schmidt • DjangoCon 2022", "",
                "Typing in anger • Bruno Nguyen • DjangoCon 2022",
                "Rust for the curious • Chen Tanaka • DjangoCon 2022",
                "Queues and you • Fatima Okafor • DjangoCon 2022",
                "Teaching loops • Anna Kowalski • DjangoCon 2022",
                "Fish and chips with Kafka • Tibs • DjangoCon 2022"));

        assertEquals("Title • Speaker • Event (5 of 6 lines)", previews.layout());
        assertEquals(List.of("Tibs"), previews.rows().get(5).speakers());
        assertEquals("Fish and chips with Kafka", previews.rows().get(5).title());
    }

    @Test
    void titlesWithoutSpeakersReportNoLayout() {
        TitlePreviews previews = imports.previewTitleBatch(List.of("Comprehending Proc Macros", "It finally happened",
                "Python Packaging - Best Practices", "Testing in Python - Part 2", "Async Rust explained in 20 minutes"));

        assertNull(previews.layout());
        assertEquals(5, previews.rows().stream().filter(r -> r.speakers().isEmpty()).count());
    }
}
