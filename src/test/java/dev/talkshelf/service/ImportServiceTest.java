package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Importing through the service into a real library: detection, all-or-nothing, duplicates, round trips. */
class ImportServiceTest {
    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = Library.open(dir.resolve("lib.db"), Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "talks.csv|title,speakers,duration\\nGood talk,Ann Lee,30m\\nBad talk,Bo Li,forever\\n|talks.csv line 3",
            "list.info.json|{\"title\": \"A - Ann Lee\", \"duration\": 60,\\n \"webpage_url\": }|list.info.json line 2 column",
            "saved.db|{\"playlistName\":\"P\",\"videos\":[{\"videoId\":\"abcdefghijk\",\"title\":\"T\"}]}\\n{not json\\n|saved.db line 2",
            "talk.json|{\"format\": \"talkshelf-library\", \"version\": 1, \"talks\": [{\"title\": 5}]}|talk.json line 1 column",
    })
    void brokenFileOfEachFormatNamesItsLineAndChangesNothing(String name, String content, String where) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "A first talk - Ann Lee\nA second talk - Bo Li\n");
        Path bad = dir.resolve(name);
        Files.writeString(bad, content.replace("\\n", "\n"));
        UserInputException e = assertThrows(UserInputException.class,
                () -> services.imports().importPaths(List.of(good, bad), null, false, ImportContext.Progress.SILENT));
        assertTrue(e.getMessage().startsWith(dir.resolve(where.split(" ")[0]) + where.substring(where.indexOf(' '))), e.getMessage());
        assertEquals(0, services.library().count(), "nothing half-imported");
    }

    @Test
    void titleListGoesThroughTheParserAndGetsTopics() throws Exception {
        Path list = dir.resolve("titles.txt");
        Files.writeString(list, """
                # my list
                Using Rust in Free-Threaded vs Regular Python 3.13 - David Hewitt

                Understanding Rust – Or How to Stop Worrying & Love the Borrow-Checker • Steve Smith • YOW! 2024
                """);
        ImportSummary summary = services.imports().importPaths(List.of(list), null, false, ImportContext.Progress.SILENT);
        assertEquals(2, summary.added());
        Talk rust = services.search().search("borrow", 0, 10).talks().get(0);
        assertEquals("Understanding Rust – Or How to Stop Worrying & Love the Borrow-Checker", rust.title());
        assertEquals(List.of("Steve Smith"), rust.speakers());
        assertEquals("YOW! 2024", rust.event());
        assertEquals(2024, rust.year());
        assertTrue(rust.tags().contains("rust"), rust.tags().toString());
        Talk hewitt = services.search().search("speaker:\"David Hewitt\"", 0, 10).talks().get(0);
        assertTrue(hewitt.tags().contains("python/free-threading"), hewitt.tags().toString());
    }

    @Test
    void downloadedFileAttachesToTheTalkKnownByItsLink() throws Exception {
        services.imports().importPaths(List.of(Path.of("sample-library/library.json")), null, false, ImportContext.Progress.SILENT);
        Path videos = Files.createDirectories(dir.resolve("videos/rust"));
        Path file = Files.writeString(videos.resolve("Metaclasses Demystified - Jason C. McDonald [AbCdEfGhIjK].mp4"), "not really a video");
        Files.writeString(videos.resolve("A brand new talk - Ann Lee.mkv"), "x");

        ImportSummary summary = services.imports().importPaths(List.of(dir.resolve("videos")), null, false, ImportContext.Progress.SILENT);

        assertEquals(1, summary.added());
        assertEquals(1, summary.merged());
        assertEquals(21, services.library().count());
        Talk metaclasses = services.search().search("title:metaclasses", 0, 10).talks().get(0);
        assertEquals(file.toAbsolutePath().toString(), metaclasses.media());
        assertTrue(metaclasses.links().get(0).startsWith("https://www.youtube.com/results?search_query="), "the old link is kept");
    }

    @Test
    void lightningTalksOfTwoDaysStayTwoTalks() throws Exception {
        Path csv = dir.resolve("lt.csv");
        Files.writeString(csv, """
                title,url
                Lightning Talks,https://www.youtube.com/watch?v=aaaaaaaaaaa
                Lightning Talks,https://www.youtube.com/watch?v=bbbbbbbbbbb
                Lightning Talks,https://www.youtube.com/watch?v=aaaaaaaaaaa
                """);
        ImportSummary summary = services.imports().importPaths(List.of(csv), null, false, ImportContext.Progress.SILENT);
        assertEquals(2, summary.added());
        assertEquals(1, summary.skipped());
    }

    @ParameterizedTest
    @CsvSource({"csv,out.csv", "m3u,out.m3u8", "json,out.json"})
    void exportThenImportKeepsTitlesSpeakersAndMedia(String format, String fileName) throws Exception {
        services.imports().importPaths(List.of(Path.of("sample-library/library.json")), null, false, ImportContext.Progress.SILENT);
        Path out = dir.resolve(fileName);
        int written = services.exports().export("tag:rust", null, format, out, services.search(), services.playlists());
        assertEquals(7, written);
        List<Talk> before = services.search().search("tag:rust", dev.talkshelf.model.SortKey.TITLE, false, 0, 100).talks();

        try (Services other = Library.open(dir.resolve("other.db"), Clock.systemUTC())) {
            ImportSummary summary = other.imports().importPaths(List.of(out), null, false, ImportContext.Progress.SILENT);
            assertEquals(7, summary.added());
            List<Talk> after = other.search().search("", dev.talkshelf.model.SortKey.TITLE, false, 0, 100).talks();
            assertEquals(before.stream().map(Talk::title).toList(), after.stream().map(Talk::title).toList());
            assertEquals(before.stream().map(Talk::speakers).toList(), after.stream().map(Talk::speakers).toList());
            assertEquals(before.stream().map(Talk::media).toList(), after.stream().map(Talk::media).toList());
        }
    }

    @Test
    void playlistExportsInPlaylistOrder() throws Exception {
        services.imports().importPaths(List.of(Path.of("sample-library/library.json")), null, false, ImportContext.Progress.SILENT);
        Path out = dir.resolve("rust.xspf");
        services.exports().export("", "Rust foundations", "xspf", out, services.search(), services.playlists());
        String xml = Files.readString(out);
        int first = xml.indexOf("Understanding Rust");
        int second = xml.indexOf("Alien Data Types");
        assertTrue(first > 0 && second > first, xml);
        assertTrue(xml.contains("&amp;"), "the & in the title is escaped");
    }

    @Test
    void lightningTalksWithNoSpeakersKnownDoNotMergeOnTheTitleAlone() throws Exception {
        importCsv("first.csv", "title,event\nLightning Talks,\nKeynote,\n");

        ImportSummary summary = importCsv("second.csv",
                "title,duration\nLightning Talks,45m\nlightning talks day 2,50m\nKEYNOTE,1h\n");

        assertEquals(3, summary.added(), summary.matches().toString());
        assertEquals(List.of(), summary.matches());
        assertEquals(5, services.library().count());
    }

    @Test
    void mergesSayWhichTalkTheyWentIntoAndWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("Deep Dive - Ann Lee.mp4"), "x");
        importCsv("first.csv", "title,speakers,url\n"
                + "Async in Depth,Bo Li,https://www.youtube.com/watch?v=aaaaaaaaaaa\n"
                + "Deep Dive,Ann Lee," + file.toAbsolutePath() + "\n"
                + "Typing at Scale,Cy Zed,\n");

        ImportSummary summary = importCsv("second.csv", "title,speakers,url,duration\n"
                + "Async in Depth (again),,https://youtu.be/aaaaaaaaaaa,30m\n"
                + "A deep dive,,"  + file.toAbsolutePath() + ",40m\n"
                + "Typing at scale,Cy Zed,,50m\n"
                + "Typing at scale,Cy Zed,,50m\n");

        assertEquals(3, summary.merged());
        assertEquals(1, summary.skipped());
        List<ImportMerge> m = summary.matches();
        assertEquals(List.of("same video", "same file", "same title and speakers", "same title and speakers"),
                m.stream().map(ImportMerge::why).toList());
        assertEquals(List.of(1L, 2L, 3L, 3L), m.stream().map(x -> x.into().value()).toList());
        assertEquals("Async in Depth (again)", m.get(0).incoming());
        assertEquals("Async in Depth", m.get(0).title());
        assertEquals(List.of(true, true, true, false), m.stream().map(ImportMerge::changed).toList());
    }

    @Test
    void aTitleMergesOnlyIntoTalksAtTheSameEventOrWhereOneSideHasNone() throws Exception {
        importCsv("first.csv", "title,speakers,event\n"
                + "Fast Code,Ann Lee,PyCon 2020\n"
                + "Fast Code,Ann Lee,PyCon 2021\n"
                + "Slow Code,Bo Li,\n");

        ImportSummary summary = importCsv("second.csv", "title,speakers,event,duration\n"
                + "Fast code,Ann Lee,pycon 2021,30m\n"
                + "Fast Code,Ann Lee,PyCon 2022,31m\n"
                + "Slow Code,Bo Li,EuroPython 2019,32m\n"
                + "FAST CODE,Ann Lee,,33m\n");

        assertEquals(1, summary.added(), summary.matches().toString());
        assertEquals(List.of(2L, 3L, 1L), summary.matches().stream().map(m -> m.into().value()).toList());
        assertEquals(4, services.library().count());
    }

    @Test
    void aTalkFindsTheTalksItsOwnImportStoredAsTheyAreNowNotAsTheLookUpSawThem() throws Exception {
        importCsv("first.csv", "title,speakers,event\nSlow Code,Bo Li,\n");

        ImportSummary summary = importCsv("second.csv", "title,speakers,event,duration\n"
                + "Fresh Talk,Cy Zed,PyCon 2020,\n" // new: its chunk's look-up saw no such title
                + "Fresh Talk,Cy Zed,PyCon 2020,30m\n" // the talk just stored
                + "Slow Code,Bo Li,EuroPython 2019,\n" // the talk with no event, which now gets this one
                + "Slow Code,Bo Li,PyCon 2021,\n"); // so not that talk any more: it is at another event now

        assertEquals(2, summary.added(), summary.matches().toString());
        assertEquals(List.of(2L, 1L), summary.matches().stream().map(m -> m.into().value()).toList());
        assertEquals(3, services.library().count());
    }

    /** Writes a CSV file into the test's folder and imports it. */
    private ImportSummary importCsv(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return services.imports().importPaths(List.of(file), null, false, ImportContext.Progress.SILENT);
    }
}
