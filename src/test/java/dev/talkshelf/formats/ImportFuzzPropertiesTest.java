package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.FuzzTries;
import dev.talkshelf.app.Library;
import dev.talkshelf.catalog.TempFolders;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.service.ImportSummary;
import dev.talkshelf.service.Services;
import dev.talkshelf.service.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Every importer on damaged and hostile input (see {@link Mutations}), seeded from real files of each format:
 * the outcome is talks or a {@link FormatException} naming the file, never another exception. Most inputs go
 * through the reader; one in twenty goes through the real import into a real library, where the outcome is a summary
 * or a {@link UserInputException} naming the file, and a refused file leaves the library exactly as it was.
 * 10,000 inputs per importer in {@code mvn verify}; {@code -Dtalkshelf.fuzz.tries=1000000} runs a million
 * each (docs/testing.md).
 */
@AddLifecycleHook(FuzzTries.class)
class ImportFuzzPropertiesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-05T06:07:08Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Path dir;
    private Services services;
    private Connection peek;
    private int read;
    private int refused;

    /** A format under test: its reader, its seed files and the name its input file gets. */
    private record Target(String format, TalkReader reader, String fileName, List<String> seeds, boolean json) {
    }

    private static final Target YTDLP = new Target("yt-dlp", new YtDlpReader(), "fuzz.info.json",
            List.of("fuzz/ytdlp-video.info.json", "fuzz/ytdlp-playlist.json", "fuzz/ytdlp-lines.jsonl"), true);
    private static final Target FREETUBE = new Target("freetube", new FreeTubeReader(), "playlists.db",
            List.of("fuzz/freetube-playlists.db"), true);
    private static final Target PYVIDEO = new Target("pyvideo", new PyVideoReader(), "event/videos/talk.json",
            List.of("pyvideo/pycon-us-2023/videos/a-pythonic-full-text-search.json",
                    "pyvideo/pycon-us-2023/videos/10-ways-to-shoot-yourself-in-the-foot-with-tests.json",
                    "pyvideo/europython-2023/videos/a-brief-history-of-data-storage-eli-holderness.json"), true);
    private static final Target LIBRARY = new Target("json", new LibraryJsonReader(MAPPER), "library.json",
            List.of("fuzz/library.json"), true);
    private static final Target CSV = new Target("csv", new CsvTalkReader(), "talks.csv",
            List.of("fuzz/talks.csv", "fuzz/talks-semicolon.csv"), false);
    private static final Target M3U = new Target("m3u", new M3uReader(), "list.m3u", List.of("fuzz/playlist.m3u8"), false);
    private static final Target TITLES = new Target("titles", new TitleListReader(), "talks.txt", List.of("titles/seed-talks.txt"), false);

    @BeforeProperty
    void openLibrary() throws IOException, SQLException {
        dir = Files.createTempDirectory("talkshelf-fuzz");
        Files.createDirectories(dir.resolve("event/videos"));
        Files.copy(resource("pyvideo/pycon-us-2023/category.json"), dir.resolve("event/category.json"));
        services = Library.open(dir.resolve("library.db"), CLOCK);
        peek = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
    }

    @AfterProperty
    void closeLibrary() throws Exception {
        System.out.printf("import fuzz: %d inputs read, %d refused with a message%n", read, refused);
        peek.close();
        services.close();
        TempFolders.delete(dir);
    }

    // ---- reader level: 9,500 inputs per importer ----------------------------------------------------------

    @Property(tries = 9_500)
    void ytDlpReaderGivesTalksOrAClearError(@ForAll("ytDlp") byte[] input) {
        readOnly(YTDLP, input);
    }

    @Property(tries = 9_500)
    void freeTubeReaderGivesTalksOrAClearError(@ForAll("freeTube") byte[] input) {
        readOnly(FREETUBE, input);
    }

    @Property(tries = 9_500)
    void pyVideoReaderGivesTalksOrAClearError(@ForAll("pyVideo") byte[] input) {
        readOnly(PYVIDEO, input);
    }

    @Property(tries = 9_500)
    void libraryReaderGivesTalksOrAClearError(@ForAll("library") byte[] input) {
        readOnly(LIBRARY, input);
    }

    @Property(tries = 9_500)
    void csvReaderGivesTalksOrAClearError(@ForAll("csv") byte[] input) {
        readOnly(CSV, input);
    }

    @Property(tries = 9_500)
    void m3uReaderGivesTalksOrAClearError(@ForAll("m3u") byte[] input) {
        readOnly(M3U, input);
    }

    @Property(tries = 9_500)
    void titleListReaderGivesTalksOrAClearError(@ForAll("titles") byte[] input) {
        readOnly(TITLES, input);
    }

    // ---- the real import into a real library: 500 inputs per importer ----------------------------------------

    @Property(tries = 500)
    void ytDlpImportIsAllOrNothing(@ForAll("ytDlp") byte[] input) throws Exception {
        imported(YTDLP, input);
    }

    @Property(tries = 500)
    void freeTubeImportIsAllOrNothing(@ForAll("freeTube") byte[] input) throws Exception {
        imported(FREETUBE, input);
    }

    @Property(tries = 500)
    void pyVideoImportIsAllOrNothing(@ForAll("pyVideo") byte[] input) throws Exception {
        imported(PYVIDEO, input);
    }

    @Property(tries = 500)
    void libraryImportIsAllOrNothing(@ForAll("library") byte[] input) throws Exception {
        imported(LIBRARY, input);
    }

    @Property(tries = 500)
    void csvImportIsAllOrNothing(@ForAll("csv") byte[] input) throws Exception {
        imported(CSV, input);
    }

    @Property(tries = 500)
    void m3uImportIsAllOrNothing(@ForAll("m3u") byte[] input) throws Exception {
        imported(M3U, input);
    }

    @Property(tries = 500)
    void titleListImportIsAllOrNothing(@ForAll("titles") byte[] input) throws Exception {
        imported(TITLES, input);
    }

    // ---- the folder reader (file names are its input) and the title parser: 10,000 each ------------------------

    @Property(tries = 10_000)
    void videoFolderReaderGivesTalksForAnyFileName(@ForAll("fileNames") String name, @ForAll("probedSeconds") double seconds)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("videos"));
        Path video;
        try {
            video = Files.createFile(folder.resolve(name));
        } catch (IOException | InvalidPathException e) {
            return; // a name this file system refuses cannot reach the reader
        }
        try {
            DurationProbe probe = file -> Optional.of(Duration.ofMillis((long) Math.min(Long.MAX_VALUE, seconds * 1000)));
            ImportBatch batch = new VideoFolderReader(probe).read(folder, ImportContext.NONE);
            assertEquals(1, batch.talks().size());
            assertTrue(!batch.talks().get(0).talk().title().isEmpty());
            read++;
        } finally {
            Files.delete(video);
        }
    }

    @Property(tries = 10_000)
    void titleParserGivesATitleForAnyLine(@ForAll("titleLines") String line) {
        TitleParser parser = new TitleParser(name -> name.length() % 3 == 0);
        for (ParsedTitle parsed : List.of(parser.parse(line), parser.parseArtistFirst(line), parser.parseFileName(line))) {
            assertTrue(parsed.title() != null && parsed.speakers().stream().allMatch(s -> s != null));
            parsed.orTitle("fallback").toTalk(); // what readers make of it is a valid talk
        }
        read++;
    }

    // ---- checks ------------------------------------------------------------------------------------------------

    private void readOnly(Target target, byte[] input) {
        Path file = write(target, input);
        try {
            ImportBatch batch = target.reader().read(file, ImportContext.NONE);
            for (PlaylistDraft p : batch.playlists()) {
                assertTrue(!p.name().isEmpty(), "a playlist needs a name");
                assertTrue(p.talkIndexes().stream().allMatch(i -> i >= 0 && i < batch.talks().size()));
            }
            read++;
        } catch (FormatException e) {
            clearMessage(e.getMessage(), file);
            refused++;
        } catch (IOException e) {
            fail("reading a regular file failed: " + e);
        }
    }

    private void imported(Target target, byte[] input) throws Exception {
        Path file = write(target, input);
        String before = fingerprint();
        try {
            ImportSummary summary = services.imports().importPaths(List.of(file), target.format(), false,
                    dev.talkshelf.formats.ImportContext.Progress.SILENT);
            assertTrue(summary.added() >= 0);
            // Whatever went in, the totals still add up.
            services.search().summary("");
            services.watch().watchedInAll();
            services.watch().progressByTopic();
            read++;
        } catch (UserInputException e) {
            clearMessage(e.getMessage(), file);
            assertEquals(before, fingerprint(), "a refused file changed the library: " + e.getMessage());
            refused++;
        }
    }

    private static void clearMessage(String message, Path file) {
        assertTrue(message.contains(file.getFileName().toString()), () -> "the message does not name the file: " + message);
        assertTrue(message.length() < 600, () -> "message too long (" + message.length() + "): " + message);
        assertTrue(message.chars().noneMatch(PlainText::isControl), () -> "control character in: " + message);
    }

    /** Counts and sums over every table an import writes: any change to the library changes it. */
    private String fingerprint() throws SQLException {
        try (Statement s = peek.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || total(length(title) + length(coalesce(description, ''))
                               + coalesce(duration_ms, 0) % 1000003 + coalesce(year, 0) + length(status) + coalesce(position_ms, 0) % 1000003
                               + length(coalesce(media, '')) + coalesce(rating, 0) + times_watched) FROM talk)
                       || '/' || (SELECT count(*) || ':' || total(length(text)) FROM note)
                       || '/' || (SELECT count(*) FROM watch_session)
                       || '/' || (SELECT count(*) || ':' || total(length(name)) FROM playlist)
                       || '/' || (SELECT count(*) FROM playlist_item)
                       || '/' || (SELECT count(*) FROM talk_topic)
                       || '/' || (SELECT count(*) FROM talk_speaker)
                       || '/' || (SELECT count(*) FROM talk_link)""")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private Path write(Target target, byte[] input) {
        try {
            return Files.write(dir.resolve(target.fileName()), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- generators --------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> ytDlp() {
        return mutated(YTDLP);
    }

    @Provide
    Arbitrary<byte[]> freeTube() {
        return mutated(FREETUBE);
    }

    @Provide
    Arbitrary<byte[]> pyVideo() {
        return mutated(PYVIDEO);
    }

    @Provide
    Arbitrary<byte[]> library() {
        return mutated(LIBRARY);
    }

    @Provide
    Arbitrary<byte[]> csv() {
        return mutated(CSV);
    }

    @Provide
    Arbitrary<byte[]> m3u() {
        return mutated(M3U);
    }

    @Provide
    Arbitrary<byte[]> titles() {
        return mutated(TITLES);
    }

    /** A seed file, now and then untouched, mostly damaged one to three times. */
    private static Arbitrary<byte[]> mutated(Target target) {
        List<byte[]> seeds = target.seeds().stream().map(ImportFuzzPropertiesTest::bytes).toList();
        return Arbitraries.randomValue((Random r) -> {
            byte[] seed = seeds.get(r.nextInt(seeds.size()));
            return r.nextInt(50) == 0 ? seed : Mutations.mutate(seed, r, target.json());
        });
    }

    @Provide
    Arbitrary<String> fileNames() {
        Arbitrary<String> stem = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(60),
                Arbitraries.strings().withChars("_-[] .｜：⧸？＂'\u0007\u001b").alpha().ofMaxLength(40),
                Arbitraries.of("[abcdefghijk]", "Talk_Name [abcdefghijk]", " ", "-", "_", "..", "\u0007", "\u00A0"));
        return stem.flatMap(s -> Arbitraries.of(".mp4", ".MKV", ".webm", ".mov").map(ext -> s + ext))
                .filter(n -> !n.contains("/") && n.indexOf('\0') < 0 && n.getBytes(StandardCharsets.UTF_8).length < 250
                        && !n.startsWith("."));
    }

    @Provide
    Arbitrary<Double> probedSeconds() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 20_000),
                Arbitraries.of(1e16, 1e40, -1.0, 0.0, 9.2e15, Double.MAX_VALUE, 604_800.0, 604_800.001));
    }

    @Provide
    Arbitrary<String> titleLines() {
        List<String> seeds = new String(bytes("titles/seed-talks.txt"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList();
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.randomValue((Random r) -> new String(Mutations.mutate(
                        seeds.get(r.nextInt(seeds.size())).getBytes(StandardCharsets.UTF_8), r, false),
                        StandardCharsets.UTF_8)),
                Arbitraries.strings().withChars(" -–—|:()[]@,&/").alpha().ofMaxLength(80));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ImportFuzzPropertiesTest.class.getResourceAsStream("/formats/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(ImportFuzzPropertiesTest.class.getResource("/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
