package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkTranscript;
import dev.talkshelf.service.Services;
import dev.talkshelf.service.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subtitle files beside videos and yt-dlp files come in with them, through the app's real import. */
class TranscriptImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Path videos;
    Services services;

    @BeforeEach
    void open() throws IOException {
        videos = Files.createDirectories(dir.resolve("videos"));
        services = Library.open(dir.resolve("library.db"), CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private void copyFixture(String fixture, String as) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/formats/transcripts/" + fixture)) {
            Files.write(videos.resolve(as), in.readAllBytes());
        }
    }

    private void importVideos() {
        services.imports().importPaths(List.of(videos), null, false, ImportContext.Progress.SILENT);
    }

    private Optional<TalkTranscript> transcriptOf(long talk) {
        return services.transcripts().of(TalkId.of(talk));
    }

    @Test
    void theFolderScanAttachesSubtitlesWithTheVideosName() throws IOException {
        Files.writeString(videos.resolve("The GIL, detached [dQw4w9WgXcQ].mp4"), "not really a video");
        copyFixture("gil-talk.en.vtt", "The GIL, detached [dQw4w9WgXcQ].en.vtt");
        copyFixture("keynote.vtt", "The GIL, detached [dQw4w9WgXcQ].de.vtt");
        Files.writeString(videos.resolve("Async in practice.mkv"), "not really a video");

        importVideos();

        // Videos are read in name order: "Async ..." is talk 1, "The GIL ..." talk 2.
        TalkTranscript gil = transcriptOf(2).orElseThrow();
        assertEquals("The GIL, detached [dQw4w9WgXcQ].en.vtt", gil.source(), "English before other languages");
        assertEquals("en", gil.transcript().language());
        assertEquals(5, gil.transcript().cues().size());
        assertTrue(transcriptOf(1).isEmpty());
    }

    @Test
    void subtitlesDownloadedLaterComeInWithTheNextScanAndGoWithItsUndo() throws IOException {
        Files.writeString(videos.resolve("Async in practice.mkv"), "not really a video");
        importVideos();
        assertTrue(transcriptOf(1).isEmpty());
        copyFixture("async-talk.srt", "Async in practice.srt");

        importVideos();

        assertEquals("Async in practice.srt", transcriptOf(1).orElseThrow().source());
        services.library().undo();
        assertTrue(transcriptOf(1).isEmpty(), "undoing the second import takes the transcript it attached away");
    }

    @Test
    void aYtDlpInfoFileBringsTheSubtitlesBesideIt() throws IOException {
        Files.writeString(videos.resolve("GIL talk [dQw4w9WgXcQ].info.json"), """
                {"id": "dQw4w9WgXcQ", "title": "The GIL, detached", "webpage_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                 "duration": 1800, "_type": "video"}""");
        copyFixture("gil-talk.en.vtt", "GIL talk [dQw4w9WgXcQ].en.vtt");

        services.imports().importPaths(List.of(videos.resolve("GIL talk [dQw4w9WgXcQ].info.json")), null, false,
                ImportContext.Progress.SILENT);

        assertEquals("GIL talk [dQw4w9WgXcQ].en.vtt", transcriptOf(1).orElseThrow().source());
    }

    @Test
    void aBadSubtitleFileStopsTheImportAtItsLineAndChangesNothing() throws IOException {
        Files.writeString(videos.resolve("Async in practice.mkv"), "not really a video");
        Files.writeString(videos.resolve("Async in practice.srt"), "1\n00:00:01,000 --> later\nhello\n");

        UserInputException e = assertThrows(UserInputException.class, this::importVideos);

        assertTrue(e.getMessage().contains("Async in practice.srt line 2"), e.getMessage());
        assertEquals(0, services.library().count());
    }
}
