package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkDetails;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryRoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-05T06:07:08Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void exportThenImportLosesNothing() throws Exception {
        Path export = dir.resolve("export.json");
        List<TalkDetails> before;
        try (Services first = Library.open(dir.resolve("first.db"), CLOCK)) {
            TalkId a = importOne(first, Talk.titled("Using Rust in Free-Threaded Python").withSpeakers(List.of("David Hewitt"))
                    .withEvent("EuroPython 2024").withYear(2024).withRecorded(LocalDate.of(2024, 7, 10))
                    .withDuration(Duration.ofSeconds(1800)).withMedia("/videos/rust.mp4").withRating(5)
                    .withLinks(List.of("https://slides.example/rust")).withThumbnail("https://img.example/1.jpg")
                    .withTags(List.of("rust/pyo3", "python/free-threading")).withDescription("Line one\n\"quoted\" <b>not html</b>"));
            TalkId b = importOne(first, Talk.titled("Async Rust explained in 20 minutes").withTags(List.of("rust/async")));
            TalkId c = importOne(first, Talk.titled("Metaclasses Demystified").withSpeakers(List.of("Jason C. McDonald")));
            first.watch().recordSession(a, Instant.parse("2026-04-01T20:00:00Z"), Duration.ZERO, Duration.ofSeconds(600),
                    Duration.ofSeconds(1800), false);
            first.watch().mark(List.of(b), WatchStatus.WATCHED);
            first.watch().mark(List.of(c), WatchStatus.SKIPPED);
            first.library().addNote(a, Duration.ofSeconds(754), "12:34 the GIL detach trick");
            first.library().addNote(a, null, "watch again");
            before = List.of(first.library().details(a), first.library().details(b), first.library().details(c));
            assertEquals(3, first.exports().exportLibrary(export));
        }

        try (Services second = Library.open(dir.resolve("second.db"), CLOCK)) {
            ImportSummary summary = second.imports().importPaths(List.of(export), null, false, ImportContext.Progress.SILENT);
            assertEquals(3, summary.added());
            for (TalkDetails expected : before) {
                TalkDetails actual = second.library().details(expected.talk().id());
                assertEquals(expected.talk(), actual.talk());
                assertEquals(expected.history(), actual.history());
                assertEquals(expected.notes().stream().map(n -> n.at() + " " + n.text() + " " + n.created()).toList(),
                        actual.notes().stream().map(n -> n.at() + " " + n.text() + " " + n.created()).toList());
            }
            Path again = dir.resolve("again.json");
            second.exports().exportLibrary(again);
            assertEquals(Files.readString(export), Files.readString(again), "a second export is byte for byte the same");
        }
    }

    @Test
    void playlistsAndTheirOrderSurviveARoundTrip() throws Exception {
        Path sample = Path.of("sample-library/library.json");
        Path export = dir.resolve("export.json");
        try (Services first = Library.open(dir.resolve("first.db"), CLOCK)) {
            first.imports().importPaths(List.of(sample), null, false, ImportContext.Progress.SILENT);
            first.exports().exportLibrary(export);
        }
        String original = Files.readString(export);
        assertTrue(original.contains("\"name\" : \"Free-threaded Python\""), original.substring(0, 200));
        try (Services second = Library.open(dir.resolve("second.db"), CLOCK)) {
            second.imports().importPaths(List.of(export), "json", false, ImportContext.Progress.SILENT);
            Path again = dir.resolve("again.json");
            second.exports().exportLibrary(again);
            assertEquals(original, Files.readString(again));
        }
    }

    @Test
    void brokenFileNamesLineAndColumnAndImportsNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                {"format": "talkshelf-library", "version": 1, "talks": [
                  {"title": "Fine talk"},
                  {"title": "Broken talk", "year": }
                ]}
                """);
        try (Services s = Library.open(dir.resolve("lib.db"), CLOCK)) {
            UserInputException e = assertThrows(UserInputException.class,
                    () -> s.imports().importPaths(List.of(broken), null, false, ImportContext.Progress.SILENT));
            assertEquals(broken + " line 3 column 36: not valid JSON (unexpected character '}': expected a value)", e.getMessage());
            assertEquals(0, s.library().count());
        }
    }

    @Test
    void badValueNamesTheTalkAndTheFieldAndImportsNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "talkshelf-library", "version": 1, "talks": [
                  {"title": "Fine talk"},
                  {"title": "Odd talk", "status": "half-seen"}
                ]}
                """);
        try (Services s = Library.open(dir.resolve("lib.db"), CLOCK)) {
            UserInputException e = assertThrows(UserInputException.class,
                    () -> s.imports().importPaths(List.of(bad), null, false, ImportContext.Progress.SILENT));
            assertEquals(bad + " line 3 column 3: talks[1].status \"half-seen\" is not one of unwatched, in-progress, watched, skipped",
                    e.getMessage());
            assertEquals(0, s.library().count());
        }
    }

    @Test
    void secondFileFailingLeavesTheFirstUnimported() throws Exception {
        Path good = Path.of("sample-library/library.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"something-else\", \"version\": 1}");
        try (Services s = Library.open(dir.resolve("lib.db"), CLOCK)) {
            assertThrows(UserInputException.class,
                    () -> s.imports().importPaths(List.of(good, bad), null, false, ImportContext.Progress.SILENT));
            assertEquals(0, s.library().count());
        }
    }

    @Test
    void dryRunReportsTheTalksAndChangesNothing() throws Exception {
        try (Services s = Library.open(dir.resolve("lib.db"), CLOCK)) {
            ImportSummary summary = s.imports().importPaths(List.of(Path.of("sample-library/library.json")), null, true,
                    ImportContext.Progress.SILENT);
            assertEquals(20, summary.added());
            assertEquals(20, summary.preview().size());
            assertEquals("Using Rust in Free-Threaded vs Regular Python 3.13", summary.preview().get(0).title());
            assertEquals(0, s.library().count());
        }
    }

    @Test
    void importingTheSameFileTwiceMergesInsteadOfDuplicating() throws Exception {
        try (Services s = Library.open(dir.resolve("lib.db"), CLOCK)) {
            Path sample = Path.of("sample-library/library.json");
            s.imports().importPaths(List.of(sample), null, false, ImportContext.Progress.SILENT);
            ImportSummary again = s.imports().importPaths(List.of(sample), null, false, ImportContext.Progress.SILENT);
            assertEquals(0, again.added());
            assertEquals(20, again.skipped());
            assertEquals(20, s.library().count());
        }
    }

    private static TalkId importOne(Services s, Talk talk) {
        var batch = dev.talkshelf.formats.ImportBatch.ofTalks(List.of(talk));
        s.imports().apply(List.of(batch), false);
        return s.search().search("", 0, 1).talks().get(0).id();
    }
}
