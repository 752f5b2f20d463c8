package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyVideoReaderTest {
    private final PyVideoReader reader = new PyVideoReader();
    @TempDir
    Path dir;

    @Test
    void singleTalkFileIsReadWithItsEventFromCategoryJson() throws Exception {
        TestFiles.copyResource("/formats/pyvideo", dir);
        ImportBatch batch = reader.read(dir.resolve("pycon-us-2023/videos/10-ways-to-shoot-yourself-in-the-foot-with-tests.json"),
                ImportContext.NONE);
        Talk talk = batch.talks().get(0).talk();
        assertEquals("10 Ways To Shoot Yourself In The Foot With Tests", talk.title());
        assertEquals(List.of("Shai Geva"), talk.speakers());
        assertEquals("PyCon US 2023", talk.event());
        assertEquals(LocalDate.of(2023, 4, 22), talk.recorded());
        assertEquals(2023, talk.year());
        assertEquals("https://www.youtube.com/watch?v=Ub31Ae6S1BY", talk.media());
        assertEquals("https://i.ytimg.com/vi/Ub31Ae6S1BY/maxresdefault.jpg", talk.thumbnail());
        assertEquals(List.of("https://us.pycon.org/2023/", "https://us.pycon.org/2023/schedule/presentation/89/"), talk.links());
        assertTrue(talk.description().startsWith("Tests are great."));
        assertEquals("youtube:Ub31Ae6S1BY", batch.talks().get(0).sourceKey());
    }

    @Test
    void eventFolderGivesEveryTalkInPathOrder() throws Exception {
        TestFiles.copyResource("/formats/pyvideo", dir);
        ImportBatch batch = reader.read(dir.resolve("europython-2023"), ImportContext.NONE);
        assertEquals(List.of("A Brief History of Data Storage", "A Magic Implementation of NotImplemented"),
                batch.talks().stream().map(t -> t.talk().title()).toList());
        assertEquals(Duration.ofSeconds(2466), batch.talks().get(0).talk().duration());
        assertTrue(batch.talks().stream().allMatch(t -> "EuroPython 2023".equals(t.talk().event())));
    }

    @Test
    void dataTreeGivesTalksOfAllEvents() throws Exception {
        TestFiles.copyResource("/formats/pyvideo", dir);
        ImportBatch batch = reader.read(dir, ImportContext.NONE);
        assertEquals(5, batch.talks().size());
        assertEquals(List.of("EuroPython 2023", "EuroPython 2023", "PyCon US 2023", "PyCon US 2023", "PyCon US 2023"),
                batch.talks().stream().map(t -> t.talk().event()).toList());
    }

    @Test
    void progressReachesTheTotal() throws Exception {
        TestFiles.copyResource("/formats/pyvideo", dir);
        List<long[]> reports = new ArrayList<>();
        reader.read(dir, new ImportContext(n -> false, (done, total) -> reports.add(new long[]{done, total})));
        assertEquals(5, reports.get(reports.size() - 1)[0]);
        assertEquals(5, reports.get(reports.size() - 1)[1]);
    }

    @Test
    void tagsAreReadNormalizedAndMarkedAsGiven() throws Exception {
        Path file = TestFiles.write(dir, "ev/videos/t.json", """
                {"title": "Typing", "speakers": ["Ann Lee"], "tags": ["Type Hints", "python"],
                 "videos": [{"type": "vimeo", "url": "https://vimeo.com/123"}],
                 "related_urls": ["https://example.org/slides", {"label": "x", "url": "javascript:alert(1)"}]}
                """);
        ImportedTalk talk = reader.read(file, ImportContext.NONE).talks().get(0);
        // The taxonomy is the import's business (ImportService, for every reader): the reader keeps the source's tags.
        assertEquals(List.of("type-hints", "python"), talk.talk().tags());
        assertTrue(talk.topicsGiven());
        assertEquals(List.of("https://example.org/slides"), talk.talk().links());
        assertEquals("https://vimeo.com/123", talk.talk().media());
        assertNull(talk.talk().event());
    }

    @Test
    void talkWithoutTagsLeavesTopicsToTheImporter() throws Exception {
        Path file = TestFiles.write(dir, "t.json", "{\"title\": \"Typing\"}");
        assertFalse(reader.read(file, ImportContext.NONE).talks().get(0).topicsGiven());
    }

    @Test
    void brokenJsonNamesFileLineAndColumn() {
        Path file = TestFiles.write(dir, "ev/videos/broken.json", "{\n  \"title\": \"A\",\n  \"speakers\": [\"B\",}\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(dir, ImportContext.NONE));
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertEquals(file + " line 3 column 20: unexpected character '}'", e.getMessage());
    }

    @Test
    void missingTitleNamesTheFile() {
        Path file = TestFiles.write(dir, "ev/videos/untitled.json", "{\n  \"speakers\": [\"B\"]\n}\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(dir, ImportContext.NONE));
        assertEquals(file + " line 1: the talk has no 'title'", e.getMessage());
    }

    @Test
    void badDateNamesItsLine() {
        TestFiles.write(dir, "ev/videos/a.json", "{\n  \"title\": \"A\",\n  \"recorded\": \"last week\"\n}\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(dir, ImportContext.NONE));
        assertEquals(3, e.line());
    }

    @Test
    void oneBrokenFileAmongGoodOnesFailsTheWholeRead() {
        TestFiles.copyResource("/formats/pyvideo", dir);
        TestFiles.write(dir, "pycon-us-2023/videos/zzz.json", "[1, 2");
        assertThrows(FormatException.class, () -> reader.read(dir, ImportContext.NONE));
    }

    @Test
    void folderWithoutTalkFilesIsRefused() {
        TestFiles.write(dir, "notes.txt", "hello");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(dir, ImportContext.NONE));
        assertTrue(e.getMessage().contains("no PyVideo talk files"));
    }

    @Test
    void manyFilesKeepPathOrder() throws Exception {
        for (int i = 0; i < 300; i++) {
            TestFiles.write(dir, String.format("ev/videos/%04d.json", i), "{\"title\": \"Talk " + i + "\"}");
        }
        AtomicLong last = new AtomicLong();
        List<ImportedTalk> talks = reader.read(dir, new ImportContext(n -> false, (d, t) -> last.set(d))).talks();
        for (int i = 0; i < 300; i++) {
            assertEquals("Talk " + i, talks.get(i).talk().title());
        }
        assertEquals(300, last.get());
    }

    @Test
    void progressReportsGiveTheTreesWholeCountCountedBesideTheReading() throws Exception {
        for (int i = 0; i < 1_100; i++) {
            TestFiles.write(dir, String.format("ev%d/videos/%04d.json", i % 3, i), "{\"title\": \"Talk " + i + "\"}");
        }
        TestFiles.write(dir, "ev0/videos/notes.txt", "not a talk");
        TestFiles.write(dir, "ev1/category.json", "{\"title\": \"Event One\"}");
        List<long[]> reports = new ArrayList<>();
        List<ImportedTalk> talks = reader.read(dir, new ImportContext(n -> false, (d, t) -> reports.add(new long[]{d, t}))).talks();
        assertEquals(1_100, talks.size());
        // The reading does not wait for the count: a chunk read before it is over is not reported, the rest are.
        List<String> all = List.of("500/1100", "1000/1100", "1100/1100");
        List<String> seen = reports.stream().map(r -> r[0] + "/" + r[1]).toList();
        assertEquals(all.subList(all.size() - seen.size(), all.size()), seen);
        assertFalse(seen.isEmpty());
    }
}
