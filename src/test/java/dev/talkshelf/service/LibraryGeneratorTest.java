package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.formats.TopicTagger;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryGeneratorTest {
    @TempDir
    Path dir;

    private static LibraryGenerator generatorOver(TestLibrary lib) {
        TopicTagger tagger = TopicTagger.withDefaultTaxonomy();
        return new LibraryGenerator(lib.importsWithoutReaders(tagger::suggest), lib.library, lib.playlists);
    }

    @Test
    void sameSeedGivesTheSameTalksAndAnotherSeedOthers() {
        List<Talk> first = new GeneratedTalks(300, 11).nextBatch().talks().stream().map(ImportBatch.ImportedTalk::talk).toList();
        List<Talk> again = new GeneratedTalks(300, 11).nextBatch().talks().stream().map(ImportBatch.ImportedTalk::talk).toList();
        List<Talk> other = new GeneratedTalks(300, 12).nextBatch().talks().stream().map(ImportBatch.ImportedTalk::talk).toList();

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void talksComeInChunksUpToTheSize() {
        GeneratedTalks talks = new GeneratedTalks(GeneratedTalks.CHUNK + 10, 3);

        assertEquals(GeneratedTalks.CHUNK, talks.nextBatch().talks().size());
        assertEquals(10, talks.nextBatch().talks().size());
        assertFalse(talks.hasNext());
    }

    @Test
    void aGeneratedLibraryHoldsWhatAnImportOfItsTalksWouldLeave() {
        try (TestLibrary lib = TestLibrary.in(dir)) {
            LibraryGenerator.Generated g = generatorOver(lib).generate(2_100, 1, ImportContext.Progress.SILENT);

            assertEquals(2_100, g.talks(), "no talk merged into another");
            assertEquals(2_100, lib.library.count());
            assertEquals(5, g.playlists(), "four smart playlists and one study playlist per 2,000 talks");
            SearchService s = lib.search;
            assertEquals(1, s.search("metaclasses", 0, 200).total(), "one talk in 10,000 is about metaclasses, the first at 7");
            long python = s.search("python", 0, 200).total();
            assertTrue(python > 250 && python < 2_100, "a common word, not every talk: " + python);
            assertTrue(s.search("status:watched", 0, 0).total() > 200);
            assertTrue(s.search("status:in-progress", 0, 0).total() > 100);
            assertTrue(s.search("rating:>=1", 0, 0).total() > 0);
            assertTrue(s.search("has:notes", 0, 0).total() > 0);
            assertTrue(s.search("tag:python", 0, 0).total() > 0);
            Facets facets = s.facets("");
            assertEquals(2_100, facets.total());
            assertTrue(facets.topics().size() > 5, facets.topics().toString());
            assertTrue(facets.speakers().get(0).count() > facets.speakers().get(facets.speakers().size() - 1).count(),
                    "a few speakers give many talks, most give one");
            assertTrue(lib.playlists.progress("Best rated").total() > 0);
            for (Talk t : s.search("status:in-progress", 0, 200).talks()) {
                assertTrue(t.watch().position() != null && t.watch().status() == WatchStatus.IN_PROGRESS, t.toString());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameLibrary(@TempDir Path other) {
        List<String> first;
        try (TestLibrary lib = TestLibrary.in(dir)) {
            generatorOver(lib).generate(600, 9, ImportContext.Progress.SILENT);
            first = titlesAndSpeakers(lib);
        }
        try (TestLibrary lib = TestLibrary.in(other)) {
            generatorOver(lib).generate(600, 9, ImportContext.Progress.SILENT);
            assertEquals(first, titlesAndSpeakers(lib));
        }
        assertEquals(600, new HashSet<>(first).size(), "no two talks alike");
    }

    @Test
    void aLibraryWithTalksIsRefusedAndLeftAsItWas() {
        try (TestLibrary lib = TestLibrary.in(dir)) {
            lib.talk("Already here", 30);

            UserInputException e = assertThrows(UserInputException.class,
                    () -> generatorOver(lib).generate(100, 1, ImportContext.Progress.SILENT));

            assertTrue(e.getMessage().contains("already has 1 talk"), e.getMessage());
            assertEquals(1, lib.library.count());
            assertEquals(List.of(), lib.playlists.list());
        }
    }

    private static List<String> titlesAndSpeakers(TestLibrary lib) {
        Set<String> seen = new LinkedHashSet<>();
        for (Talk t : lib.search.search("", dev.talkshelf.model.SortKey.TITLE, false, 0, 1_000).talks()) {
            seen.add(t.title() + " | " + t.speakers() + " | " + t.event() + " | " + t.watch().status() + " | " + t.tags());
        }
        return List.copyOf(seen);
    }
}
