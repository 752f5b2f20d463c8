package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTalkReaderTest {
    private final CsvTalkReader reader = new CsvTalkReader();
    @TempDir
    Path dir;

    private List<Talk> read(String csv) throws Exception {
        return reader.read(TestFiles.write(dir, "talks.csv", csv), ImportContext.NONE).talks().stream()
                .map(ImportBatch.ImportedTalk::talk).toList();
    }

    private FormatException failure(String csv) {
        Path file = TestFiles.write(dir, "talks.csv", csv);
        return assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
    }

    @Test
    void allKnownColumnsAreRead() throws Exception {
        Talk talk = read("""
                title,speakers,event,year,tags,url,duration,status
                Faster CPython,Mark Shannon; Eric Snow,PyCon US 2024,2024,python;performance,https://youtu.be/abcdefghijk,45:10,watched
                """).get(0);
        assertEquals("Faster CPython", talk.title());
        assertEquals(List.of("Mark Shannon", "Eric Snow"), talk.speakers());
        assertEquals("PyCon US 2024", talk.event());
        assertEquals(2024, talk.year());
        assertEquals(List.of("python", "performance"), talk.tags());
        assertEquals("https://youtu.be/abcdefghijk", talk.media());
        assertEquals(Duration.ofMinutes(45).plusSeconds(10), talk.duration());
        assertEquals(WatchStatus.WATCHED, talk.status());
    }

    @Test
    void headerIsCaseInsensitiveInAnyOrderAndUnknownColumnsAreIgnored() throws Exception {
        Talk talk = read("Notes,STATUS,Title\nsomething,in-progress,Rust Async\n").get(0);
        assertEquals("Rust Async", talk.title());
        assertEquals(WatchStatus.IN_PROGRESS, talk.status());
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws Exception {
        Talk talk = read("title,event\r\n\"Hello, \"\"World\"\"\nPart 2\",\"EuroPython, 2023\"\r\n").get(0);
        assertEquals("Hello, \"World\" Part 2", talk.title()); // a title is one line
        assertEquals("EuroPython, 2023", talk.event());
    }

    @Test
    void speakersSplitOnAmpersandAndTagsOnCommas() throws Exception {
        Talk talk = read("title,speakers,tags\nX,\"Ann Lee & Bo Chen\",\"rust, Rust/Async\"\n").get(0);
        assertEquals(List.of("Ann Lee", "Bo Chen"), talk.speakers());
        assertEquals(List.of("rust", "rust/async"), talk.tags());
    }

    @ParameterizedTest
    @CsvSource({"2712, 2712", "45:12, 2712", "1:05:00, 3900", "45m, 2700", "1h20m, 4800", "1h 20m 30s, 4830"})
    void durationsAreReadInEveryWrittenForm(String text, long seconds) throws Exception {
        assertEquals(Duration.ofSeconds(seconds), read("title,duration\nT,\"" + text + "\"\n").get(0).duration());
    }

    @Test
    void blankLinesAreSkippedAndMissingCellsAreEmpty() throws Exception {
        List<Talk> talks = read("title,year,event\n\nA\n\nB,2020\n");
        assertEquals(2, talks.size());
        assertNull(talks.get(0).year());
        assertEquals(2020, talks.get(1).year());
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        assertEquals("A", read("\uFEFFtitle\nA\n").get(0).title());
    }

    @Test
    void semicolonSeparatedFileIsRead() throws Exception {
        Talk talk = read("title;year\nA, B;2021\n").get(0);
        assertEquals("A, B", talk.title());
        assertEquals(2021, talk.year());
    }

    @Test
    void emptyTitleNamesLineAndColumn() {
        FormatException e = failure("title,year\nA,2020\n\"\",2021\n");
        assertEquals(dir.resolve("talks.csv") + " line 3: column 'title' is empty", e.getMessage());
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotes() {
        FormatException e = failure("title,year\n\"A\nB\",2020\nC,twenty\n");
        assertEquals(4, e.line());
        assertEquals("column 'year' is 'twenty', expected a year such as 2024", e.problem());
    }

    @Test
    void missingTitleColumnIsRefused() {
        FormatException e = failure("name,year\nA,2020\n");
        assertEquals(1, e.line());
        assertTrue(e.problem().startsWith("the header has no 'title' column"));
    }

    @Test
    void unknownStatusIsRefused() {
        FormatException e = failure("title,status\nA,done\n");
        assertEquals("column 'status' is 'done', expected one of unwatched, in-progress, watched, skipped", e.problem());
    }

    @Test
    void badDurationIsRefused() {
        assertEquals("column 'duration' is 'soon', not a duration (use seconds, mm:ss, h:mm:ss or 1h20m)",
                failure("title,duration\nA,soon\n").problem());
    }

    @Test
    void scriptUrlIsRefused() {
        FormatException e = failure("title,url\nA,javascript:alert(1)\n");
        assertEquals(2, e.line());
        assertTrue(e.problem().startsWith("column 'url'"));
    }

    @Test
    void unclosedQuoteNamesTheLineWhereItOpened() {
        FormatException e = failure("title\nA\n\"B\nC\n");
        assertEquals(3, e.line());
    }

    @Test
    void textAfterClosingQuoteIsRefused() {
        assertEquals(2, failure("title,year\n\"A\"x,2020\n").line());
    }

    @Test
    void notUtf8NamesTheLine() throws Exception {
        Path file = dir.resolve("talks.csv");
        Files.write(file, new byte[]{'t', 'i', 't', 'l', 'e', '\n', 'A', '\n', (byte) 0xE9, 't', 'e', '\n'});
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(3, e.line());
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals(1, failure("\n").line());
    }

    @Test
    void quotedFieldAfterASpaceIsOneCell() throws Exception {
        Talk talk = read("title,speakers,event,year\nTalk one, \"Doe, Jane\", PyCon US 2024, 2024\n").get(0);
        assertEquals("Talk one", talk.title());
        assertEquals(List.of("Doe, Jane"), talk.speakers());
        assertEquals("PyCon US 2024", talk.event());
        assertEquals(2024, talk.year());
    }

    @Test
    void semicolonSpreadsheetExportWithBomCrlfAndQuotesIsRead() throws Exception {
        List<Talk> talks = read("\uFEFFTitle;Speakers;Year;Duration\r\n\"A; B\";Ann Lee; 2021;1:00:00\r\n\"Two\r\nlines\";\"Bo, Chen\";2022;90\r\n");
        assertEquals("A; B", talks.get(0).title());
        assertEquals(List.of("Ann Lee"), talks.get(0).speakers());
        assertEquals(Duration.ofHours(1), talks.get(0).duration());
        assertEquals("Two lines", talks.get(1).title());
        assertEquals(List.of("Bo, Chen"), talks.get(1).speakers());
    }

    @Test
    void separatorIsTheOneThatMakesATitleColumn() throws Exception {
        Talk talk = read("notes, more;title;year\nx, y;Comma, in title;2020\n").get(0);
        assertEquals("Comma, in title", talk.title());
        assertEquals(2020, talk.year());
    }

    @Test
    void tabSeparatedFileIsRead() throws Exception {
        assertEquals("A, B", read("title\tyear\nA, B\t2021\n").get(0).title());
    }

    @Test
    void errorAfterAQuotedLineBreakNamesTheRightLine() {
        FormatException e = failure("title,duration\n\"A\nB\",60\n\"C\nD\",60\nE,soon\n");
        assertEquals(6, e.line());
    }
}
