package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {
    private final FormatDetector detector = FormatDetector.withBuiltInReaders();
    @TempDir
    Path dir;

    private String detect(String name, String content) throws Exception {
        return detector.detect(TestFiles.write(dir, name, content));
    }

    @Test
    void extensionsPickTheirFormats() throws Exception {
        assertEquals("yt-dlp", detect("a [abcdefghijk].info.json", "{}"));
        assertEquals("m3u", detect("a.m3u8", ""));
        assertEquals("m3u", detect("b.M3U", ""));
        assertEquals("csv", detect("c.csv", "anything"));
        assertEquals("folder", detect("talk.mkv", ""));
        assertEquals("titles", detect("list.txt", "title, and more\n"));
    }

    @Test
    void jsonKindsAreToldApartByTheirFields() throws Exception {
        assertEquals("pyvideo", detect("talk.json", "{\"title\": \"x\", \"speakers\": [], \"videos\": []}"));
        assertEquals("yt-dlp", detect("pl.json", "{\"_type\": \"playlist\", \"entries\": []}"));
        assertEquals("yt-dlp", detect("dump.jsonl", "{\"id\": \"x\", \"title\": \"t\", \"extractor\": \"youtube\"}\n{}"));
        assertEquals("freetube", detect("playlists.db", "{\"playlistName\":\"Favorites\",\"videos\":[]}\n"));
    }

    @Test
    void nativeLibraryFileMapsToJson() throws Exception {
        assertEquals("json", detect("library.json", "{\"format\": \"talkshelf-library\", \"version\": 1, \"talks\": [{}]}"));
    }

    @Test
    void nativeReaderRegisteredFromOutsideIsReturned() throws Exception {
        TalkReader nativeReader = new TalkReader() {
            @Override
            public String formatName() {
                return "json";
            }

            @Override
            public ImportBatch read(Path source, ImportContext context) {
                return new ImportBatch(List.of(), List.of());
            }
        };
        Path file = TestFiles.write(dir, "library.json", "{\"talks\": [], \"format\": \"talkshelf-library\"}");
        assertSame(nativeReader, FormatDetector.withBuiltInReaders(nativeReader).readerFor(file, null));
    }

    @Test
    void unregisteredNativeFormatIsReportedByName() {
        Path file = TestFiles.write(dir, "library.json", "{\"format\": \"talkshelf-library\"}");
        FormatException e = assertThrows(FormatException.class, () -> detector.readerFor(file, null));
        assertEquals(0, e.line());
        assertEquals(true, e.problem().startsWith("no reader for format 'json'"));
    }

    @Test
    void contentWithoutTellingExtensionIsPeekedAt() throws Exception {
        assertEquals("m3u", detect("playlist", "#EXTM3U\n/a.mp4\n"));
        assertEquals("csv", detect("export", "Title,Speakers\nA,B\n"));
        assertEquals("titles", detect("todo", "Comprehending Proc Macros\n"));
    }

    @Test
    void folderLayoutsAreRecognized() throws Exception {
        Path tree = dir.resolve("tree");
        TestFiles.copyResource("/formats/pyvideo", tree);
        assertEquals("pyvideo", detector.detect(tree));
        assertEquals("pyvideo", detector.detect(tree.resolve("pycon-us-2023")));
        TestFiles.write(dir, "videos-dl/sub/a.webm", "");
        assertEquals("folder", detector.detect(dir.resolve("videos-dl")));
    }

    @Test
    void emptyFolderIsRefused() {
        TestFiles.write(dir, "empty/readme.md", "hi");
        assertThrows(FormatException.class, () -> detector.detect(dir.resolve("empty")));
    }

    @Test
    void unknownJsonIsRefused() {
        Path file = TestFiles.write(dir, "x.json", "{\"foo\": 1}");
        assertThrows(FormatException.class, () -> detector.detect(file));
    }

    @Test
    void formatNameOverridesDetection() throws Exception {
        Path file = TestFiles.write(dir, "list.csv", "Comprehending Proc Macros\n");
        assertInstanceOf(TitleListReader.class, detector.readerFor(file, "titles"));
        assertInstanceOf(CsvTalkReader.class, detector.readerFor(file, null));
    }

    @Test
    void unknownFormatNameListsTheKnownOnes() {
        Path file = TestFiles.write(dir, "x.txt", "a");
        FormatException e = assertThrows(FormatException.class, () -> detector.readerFor(file, "opml"));
        assertEquals("no reader for format 'opml' (known: titles, pyvideo, yt-dlp, freetube, csv, m3u, folder)", e.problem());
    }
}
