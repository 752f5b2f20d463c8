package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleListReaderTest {
    private final TitleListReader reader = new TitleListReader();
    @TempDir
    Path dir;

    private List<Talk> read(Path file) throws Exception {
        return reader.read(file, ImportContext.NONE).talks().stream().map(ImportBatch.ImportedTalk::talk).toList();
    }

    @Test
    void seedListGivesTwentyTalksAndTheAbstractAsDescription() throws Exception {
        List<Talk> talks = read(TestFiles.copyResource("/formats/titles/seed-talks.txt", dir));
        assertEquals(20, talks.size());
        assertEquals("Using Rust in Free-Threaded vs Regular Python 3.13", talks.get(0).title());
        assertTrue(talks.get(0).description().startsWith("Python 3.13's new free-threaded build"));
        assertNull(talks.get(1).description());
        assertEquals(List.of("Lysandros Nikolaou", "Nathan Goldbaum"), talks.get(1).speakers());
    }

    @Test
    void eventYearBecomesTheTalksYear() throws Exception {
        List<Talk> talks = read(TestFiles.copyResource("/formats/titles/seed-talks.txt", dir));
        Talk yow = talks.stream().filter(t -> "YOW! 2024".equals(t.event())).findFirst().orElseThrow();
        assertEquals(2024, yow.year());
        assertEquals(List.of("Steve Smith"), yow.speakers());
    }

    @Test
    void aListFromOneChannelLendsItsLayoutToTheUnsureLines() throws Exception {
        List<Talk> talks = read(TestFiles.write(dir, "list.txt", """
                Caching at the edge | Elena Schmidt | DjangoCon 2022
                Typing in anger | Bruno Nguyen | DjangoCon 2022
                Rust for the curious | Chen Tanaka | DjangoCon 2022
                Queues and you | Fatima Okafor | DjangoCon 2022
                Teaching loops | Anna Kowalski | DjangoCon 2022
                Fish and chips with Kafka | Tibs | DjangoCon 2022
                """));
        assertEquals(new ParsedTitle("Fish and chips with Kafka", List.of("Tibs"), "DjangoCon 2022").toTalk(), talks.get(5));
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws Exception {
        List<Talk> talks = read(TestFiles.write(dir, "list.txt", "# my list\n\nComprehending Proc Macros\n   \n# done\nIt finally happened\n"));
        assertEquals(List.of("Comprehending Proc Macros", "It finally happened"), talks.stream().map(Talk::title).toList());
    }

    @Test
    void shortLineUnderATitleIsATalkOfItsOwn() throws Exception {
        assertEquals(2, read(TestFiles.write(dir, "list.txt", "Comprehending Proc Macros\nIt finally happened. Really.\n")).size());
    }

    @Test
    void binaryFileIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("list.txt");
        Files.write(file, new byte[]{'a', '\n', 'b', 0, 'c'});
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(2, e.line());
    }

    @Test
    void latin1FileIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("list.txt");
        Files.write(file, new byte[]{'a', '\n', 'b', '\n', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(file + " line 3: not UTF-8 text (byte 0xE9); save the file as UTF-8", e.getMessage());
    }
}
