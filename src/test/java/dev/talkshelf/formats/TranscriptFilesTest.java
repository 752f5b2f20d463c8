package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Transcript;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptFilesTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TranscriptFilesTest.class.getResource("/formats/transcripts/" + name).toURI());
    }

    private static Cue cue(String start, String end, String text) {
        return new Cue(CaptionTime.vtt(start), CaptionTime.vtt(end), text);
    }

    @Test
    void youtubeRollingCaptionsBecomeOneCuePerLine() throws Exception {
        Transcript transcript = TranscriptFiles.read(fixture("gil-talk.en.vtt"));

        assertEquals("en", transcript.language());
        assertEquals(List.of(
                cue("00:00:00.000", "00:00:02.360", "so today we're going to talk about"),
                cue("00:00:02.360", "00:00:05.279", "the global interpreter lock"),
                cue("00:00:05.279", "00:00:08.040", "and how it is released when you block"),
                cue("00:00:08.040", "00:00:11.000", "[Music]"),
                cue("00:00:11.000", "00:00:13.500", "so so let's start")), transcript.cues());
    }

    @Test
    void webVttCueTagsEntitiesSettingsAndBlocksAreReadToTheSpec() throws Exception {
        Transcript transcript = TranscriptFiles.read(fixture("keynote.vtt"));

        assertEquals("", transcript.language());
        assertEquals(List.of(
                cue("00:00:01.000", "00:00:04.500", "Welcome to PyCon & thanks for coming <3"),
                cue("00:00:04.500", "00:00:09.000", "Free-threading means \u201cno GIL\u201d at all"),
                cue("01:02:03.250", "01:02:05.000", "漢 and bold claims")), transcript.cues());
    }

    @Test
    void srtFontTagsPlacementCodesAndAMissingCounterAreRead() throws Exception {
        Transcript transcript = TranscriptFiles.read(fixture("async-talk.srt"));

        assertEquals(List.of(
                new Cue(Duration.ofMillis(1000), Duration.ofMillis(3200), "Hello and welcome"),
                new Cue(Duration.ofMillis(3500), Duration.ofMillis(6000), "This talk is about structured concurrency"),
                new Cue(Duration.ofMillis(6100), Duration.ofMillis(8500), "in Python 3.11 & later")), transcript.cues());
    }

    @Test
    void languageAndVideoNameComeFromTheFileName() {
        assertEquals("en", TranscriptFiles.languageFromName(Path.of("GIL talk [abc].en.vtt")));
        assertEquals("pt-BR", TranscriptFiles.languageFromName(Path.of("talk.pt-BR.srt")));
        assertEquals("", TranscriptFiles.languageFromName(Path.of("talk.srt")));
        assertEquals("", TranscriptFiles.languageFromName(Path.of("Python 3.12.vtt")));
        assertEquals("GIL talk [abc]", TranscriptFiles.baseName(Path.of("GIL talk [abc].en.vtt")));
        assertEquals("talk", TranscriptFiles.baseName(Path.of("talk.srt")));
    }

    @Test
    void ordinaryCaptionsThatRepeatAfterAGapAreKept() throws Exception {
        Path file = write("repeat.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:02.000
                Thank you

                00:00:30.000 --> 00:00:31.000
                Thank you
                """);

        assertEquals(2, TranscriptFiles.read(file).cues().size());
    }

    @Test
    void aFileWithoutTheSignatureIsRefusedAtLineOne() throws Exception {
        Path file = write("talk.vtt", "00:01.000 --> 00:02.000\nhello\n");

        FormatException e = assertThrows(FormatException.class, () -> TranscriptFiles.read(file));

        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("WEBVTT"), e.getMessage());
    }

    @Test
    void aBadTimeIsReportedWithItsLineAndColumn() throws Exception {
        Path file = write("talk.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nfine\n\n00:03.000 --> 00:61.000\nbad\n");

        FormatException e = assertThrows(FormatException.class, () -> TranscriptFiles.read(file));

        assertEquals(6, e.line());
        assertEquals(14, e.column());
        assertTrue(e.getMessage().contains("\"00:61.000\" is not a WebVTT time"), e.getMessage());
    }

    @Test
    void aCueEndingBeforeItStartsIsRefused() throws Exception {
        Path file = write("talk.srt", "1\n00:00:05,000 --> 00:00:04,000\nback in time\n");

        FormatException e = assertThrows(FormatException.class, () -> TranscriptFiles.read(file));

        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("ends (00:00:04.000) before it starts (00:00:05.000)"), e.getMessage());
    }

    @Test
    void anSrtBlockWithoutATimingLineIsRefusedAtItsLine() throws Exception {
        Path file = write("talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nfine\n\nsome stray words\nmore\n");

        FormatException e = assertThrows(FormatException.class, () -> TranscriptFiles.read(file));

        assertEquals(5, e.line());
    }

    @Test
    void notUtf8IsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("talk.srt");
        Files.write(file, new byte[] {'1', '\n', '0', '0', ':', '0', '0', ':', '0', '1', ',', '0', '0', '0', ' ', '-', '-', '>',
                ' ', '0', '0', ':', '0', '0', ':', '0', '2', ',', '0', '0', '0', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});

        FormatException e = assertThrows(FormatException.class, () -> TranscriptFiles.read(file));

        assertEquals(3, e.line());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
