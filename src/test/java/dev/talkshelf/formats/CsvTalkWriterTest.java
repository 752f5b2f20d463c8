package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTalkWriterTest {
    private final CsvTalkWriter writer = new CsvTalkWriter();
    @TempDir
    Path dir;

    private static Talk full() {
        return Talk.titled("Hello, \"World\"\nagain").withSpeakers(List.of("Ann Lee", "Bo Chen")).withEvent("PyCon US 2024")
                .withYear(2024).withTags(List.of("python", "python/typing")).withMedia("https://www.youtube.com/watch?v=abcdefghijk")
                .withDuration(Duration.ofSeconds(2712)).withWatch(WatchState.UNWATCHED.withStatus(WatchStatus.SKIPPED));
    }

    @Test
    void headerAndRowAreWrittenWithQuoting() throws Exception {
        StringWriter out = new StringWriter();
        writer.write(List.of(Talk.titled("A, B").withYear(2020)), out);
        assertEquals("title,speakers,event,year,tags,url,duration,status\r\n\"A, B\",,,2020,,,,unwatched\r\n", out.toString());
    }

    @Test
    void formulaLikeCellsGetALeadingApostrophe() throws Exception {
        StringWriter out = new StringWriter();
        writer.write(List.of(Talk.titled("=HYPERLINK(\"http://evil\")").withEvent("@SUM(A1)").withSpeakers(List.of("+Ann", "-Bo"))), out);
        String row = out.toString().lines().toList().get(1);
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\",\"'+Ann; -Bo\",\"'@SUM(A1)\",,,,,unwatched", row);
    }

    @Test
    void writtenFileReadsBackEqual() throws Exception {
        List<Talk> talks = List.of(full(), Talk.titled("-Xmx tuning").withEvent("=cmd"), Talk.titled("Plain"));
        Path file = dir.resolve("export.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(talks, out);
        }
        List<Talk> back = new CsvTalkReader().read(file, ImportContext.NONE).talks().stream()
                .map(ImportBatch.ImportedTalk::talk).toList();
        assertEquals(talks, back);
    }

    @Test
    void awkwardCellsReadBackEqual() throws Exception {
        List<Talk> talks = List.of(
                Talk.titled("'=already quoted").withSpeakers(List.of("Tom & Jerry")).withEvent("''+twice"),
                Talk.titled("Spaces , \"quotes\" and ; semicolons").withSpeakers(List.of("Ann Lee", "Bo & Co"))
                        .withDuration(Duration.ofMillis(12_345)),
                Talk.titled("#not a comment").withEvent(" leading space"));
        Path file = dir.resolve("export.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(talks, out);
        }
        List<Talk> back = new CsvTalkReader().read(file, ImportContext.NONE).talks().stream()
                .map(ImportBatch.ImportedTalk::talk).toList();
        assertEquals(talks, back);
    }
}
