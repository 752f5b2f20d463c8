package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Limits;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkDetails;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.catalog.TempFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Every talk the library accepts survives its own export and re-import: random talks (odd text, control
 * characters, the ends of every range) go in through the import service, out as JSON (and CSV), and into a
 * fresh library, where they read back equal (CSV: on the columns it carries).
 */
class RoundTripPropertiesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-05T06:07:08Z"), ZoneOffset.UTC);

    @Property(tries = 40)
    void exportedLibraryImportsBackEqual(@ForAll("talks") @Size(max = 12) List<ImportedTalk> input) throws Exception {
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            List<TalkDetails> before;
            try (Services first = Library.open(dir.resolve("first.db"), CLOCK)) {
                first.imports().apply(List.of(new ImportBatch(unique(input), List.of())), false);
                before = details(first);
                first.exports().exportLibrary(dir.resolve("export.json"));
                first.exports().export("", null, "csv", dir.resolve("export.csv"), first.search(), first.playlists());
            }
            try (Services second = Library.open(dir.resolve("second.db"), CLOCK)) {
                second.imports().importPaths(List.of(dir.resolve("export.json")), null, false, ImportContext.Progress.SILENT);
                List<TalkDetails> after = details(second);
                assertEquals(before.size(), after.size());
                for (int i = 0; i < before.size(); i++) {
                    assertEquals(before.get(i).talk(), after.get(i).talk());
                    assertEquals(before.get(i).history(), after.get(i).history());
                    assertEquals(noteFacts(before.get(i).notes()), noteFacts(after.get(i).notes()));
                }
            }
            try (Services third = Library.open(dir.resolve("third.db"), CLOCK)) {
                third.imports().importPaths(List.of(dir.resolve("export.csv")), null, false, ImportContext.Progress.SILENT);
                List<TalkDetails> after = details(third);
                List<TalkDetails> expected = before.stream().sorted(Comparator.comparing((TalkDetails d) -> d.talk().added())
                        .reversed().thenComparing(d -> d.talk().id().value(), Comparator.reverseOrder())).toList();
                assertEquals(expected.size(), after.size());
                for (int i = 0; i < expected.size(); i++) {
                    boolean tagsGiven = !expected.get(i).talk().tags().isEmpty();
                    assertEquals(csvFacts(expected.get(i).talk(), tagsGiven), csvFacts(after.get(i).talk(), tagsGiven));
                }
            }
        } finally {
            TempFolders.delete(dir);
        }
    }

    /** Titles made unique, so that no two random talks are duplicates to be merged. */
    private static List<ImportedTalk> unique(List<ImportedTalk> talks) {
        List<ImportedTalk> result = new ArrayList<>();
        for (int i = 0; i < talks.size(); i++) {
            ImportedTalk t = talks.get(i);
            result.add(new ImportedTalk(t.talk().withTitle(t.talk().title() + " #" + i), null, t.topicsGiven(), t.notes(), t.history()));
        }
        return result;
    }

    private static List<TalkDetails> details(Services s) {
        return s.search().search("", 0, Integer.MAX_VALUE).talks().stream()
                .sorted(Comparator.comparing(t -> t.id().value()))
                .map(t -> s.library().details(t.id())).toList();
    }

    private static List<String> noteFacts(List<Note> notes) {
        return notes.stream().map(n -> n.at() + " " + n.text() + " " + n.created()).toList();
    }

    /** What CSV carries; tags only where the talk had some (a CSV row without tags gets suggested ones). */
    private static String csvFacts(Talk t, boolean withTags) {
        return String.join("|", t.title(), String.join(";", t.speakers()), String.valueOf(t.event()), String.valueOf(t.year()),
                withTags ? String.join(";", t.tags()) : "*", String.valueOf(t.media()), String.valueOf(t.duration()),
                t.status().label());
    }

    @Provide
    Arbitrary<List<ImportedTalk>> talks() {
        return talk().list().ofMaxSize(12).map(list -> list.stream().map(t -> t).toList());
    }

    private Arbitrary<ImportedTalk> talk() {
        Arbitrary<Talk> base = Combinators.combine(text(), speakers(), optional(text()), optional(years()),
                optional(durations()), optional(media()), tags(), optional(Arbitraries.integers().between(1, 5))).as(
                (title, speakers, event, year, duration, media, tags, rating) -> Talk.titled("T " + title)
                        .withSpeakers(speakers).withEvent(event).withYear(year).withDuration(duration).withMedia(media)
                        .withTags(tags).withRating(rating));
        Arbitrary<Talk> more = Combinators.combine(base, optional(dates()), optional(times()), watch(), optional(text()))
                .as((t, recorded, added, watch, description) -> t.withRecorded(recorded).withAdded(added).withWatch(watch)
                        .withDescription(description));
        return Combinators.combine(more, notes(), sessions(), Arbitraries.of(true, false))
                .as((t, notes, sessions, topicsGiven) -> new ImportedTalk(t, null, topicsGiven || !t.tags().isEmpty(), notes, sessions));
    }

    private static <T> Arbitrary<T> optional(Arbitrary<T> value) {
        return value.injectNull(0.3);
    }

    /** Text with what imports bring: accents, CJK, emoji, quotes, separators, control characters, spaces around. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(" ,;\"'=+-@#&/\\").ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank() && !hasSurrogate(s)),
                Arbitraries.of("Café — Ünïcödé", "类型系统", "Rust 🦀 async", "\u001b]0;x\u0007Escaped", "  padded  ",
                        "Line\nbreak", "=SUM(A1)", "'=quoted", "Tom & Jerry"));
    }

    private static boolean hasSurrogate(String s) {
        return s.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    private static Arbitrary<List<String>> speakers() {
        // A ';' inside one name cannot survive CSV (it separates names there); the JSON trip is tested with it below.
        return text().filter(s -> !s.contains(";")).list().ofMaxSize(3);
    }

    private static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(Limits.MIN_YEAR, Limits.MAX_YEAR);
    }

    private static Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, Limits.MAX_DURATION.toMillis()).map(Duration::ofMillis),
                Arbitraries.of(Limits.MAX_DURATION, Duration.ofSeconds(1), Duration.ofMillis(1500)));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(Limits.MIN_YEAR, 1, 1).toEpochDay(), LocalDate.of(Limits.MAX_YEAR, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<Instant> times() {
        return Arbitraries.longs().between(Limits.EARLIEST.toEpochMilli(), Limits.LATEST.toEpochMilli() - 1).map(Instant::ofEpochMilli);
    }

    private static Arbitrary<String> media() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(11).map(id -> "https://www.youtube.com/watch?v=" + id),
                Arbitraries.strings().alpha().numeric().withChars(" ,;'").ofMinLength(1).ofMaxLength(20).map(n -> "/videos/" + n.strip() + "x.mp4"));
    }

    private static Arbitrary<List<String>> tags() {
        return Arbitraries.of("python", "python/typing", "rust/async", "c++", "go", "databases/sqlite").list().uniqueElements().ofMaxSize(3);
    }

    private static Arbitrary<WatchState> watch() {
        return Combinators.combine(Arbitraries.of(WatchStatus.class), optional(durations()), optional(times()),
                Arbitraries.integers().between(0, Limits.MAX_TIMES_WATCHED), optional(times())).as(WatchState::new);
    }

    private static Arbitrary<List<Note>> notes() {
        return Combinators.combine(optional(durations()), text().filter(t -> !t.isBlank()), optional(times()))
                .as((at, text, created) -> new Note(0, null, at, text, created)).list().ofMaxSize(2);
    }

    private static Arbitrary<List<WatchSession>> sessions() {
        return Combinators.combine(times(), durations(), durations()).as(WatchSession::new).list().ofMaxSize(2);
    }

    @Property(tries = 30)
    void speakerNamesWithSemicolonsSurviveTheJsonTrip(@ForAll("names") List<String> speakers) throws Exception {
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            Talk talk;
            try (Services first = Library.open(dir.resolve("first.db"), CLOCK)) {
                first.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Names").withSpeakers(speakers)))), false);
                talk = details(first).get(0).talk();
                first.exports().exportLibrary(dir.resolve("export.json"));
            }
            try (Services second = Library.open(dir.resolve("second.db"), CLOCK)) {
                second.imports().importPaths(List.of(dir.resolve("export.json")), null, false, ImportContext.Progress.SILENT);
                assertEquals(talk, details(second).get(0).talk());
            }
        } finally {
            TempFolders.delete(dir);
        }
    }

    @Provide
    Arbitrary<List<String>> names() {
        return text().list().ofMinSize(1).ofMaxSize(3);
    }
}
