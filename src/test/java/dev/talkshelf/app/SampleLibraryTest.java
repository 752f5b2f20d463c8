package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Talk;
import dev.talkshelf.service.Services;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLibraryTest {
    @TempDir
    Path dir;

    @Test
    void sampleTalksAreExactlyTheSeedTruthInTheUsersOrder() throws IOException {
        List<String[]> truth = truth();
        List<Talk> talks = loadSample();
        assertEquals(truth.size(), talks.size());
        for (int i = 0; i < truth.size(); i++) {
            String[] row = truth.get(i);
            Talk t = talks.get(i);
            assertEquals(row[1], t.title(), "title of line " + (i + 1));
            assertEquals(row[2].isEmpty() ? List.of() : Arrays.asList(row[2].split(";")), t.speakers(), "speakers of " + row[1]);
            assertEquals(row[3].isEmpty() ? null : row[3], t.event(), "event of " + row[1]);
        }
    }

    @Test
    void firstTalkCarriesItsAbstractAndTheOthersNone() throws IOException {
        List<Talk> talks = loadSample();
        String abstractLine = Files.readAllLines(Path.of("sample-library/titles.txt"), StandardCharsets.UTF_8).get(1).strip();
        assertEquals(abstractLine, talks.get(0).description());
        assertTrue(talks.subList(1, talks.size()).stream().allMatch(t -> t.description() == null));
    }

    @Test
    void everyPythonAndRustTalkSitsUnderItsLanguageTopic() throws IOException {
        for (Talk t : loadSample()) {
            String title = t.title().toLowerCase(Locale.ROOT);
            if (title.contains("python") || title.contains("metaclass") || title.contains("locals()")) {
                assertTrue(t.tags().stream().anyMatch(tag -> tag.equals("python") || tag.startsWith("python/")), t.title());
            }
            if (title.contains("rust") || title.contains("proc macro")) {
                assertTrue(t.tags().stream().anyMatch(tag -> tag.equals("rust") || tag.startsWith("rust/")), t.title());
            }
        }
    }

    @Test
    void mediaIsAnHonestWebSearchNeverAnInventedVideo() throws IOException {
        for (Talk t : loadSample()) {
            MediaLocation media = MediaLocation.parse(t.media()).orElseThrow();
            assertTrue(media instanceof MediaLocation.WebPage, t.media());
            assertTrue(t.media().startsWith("https://www.youtube.com/results?search_query="), t.media());
            assertEquals(null, t.duration(), "no invented duration for " + t.title());
        }
    }

    @Test
    void undoRightAfterTheSampleIsImportedLeavesItInPlace() {
        try (Services s = Library.open(dir.resolve("sample.db"), Clock.systemUTC())) {
            SampleLibrary.importInto(s);
            assertEquals(Optional.empty(), s.library().undo(), "nothing to undo");
            assertEquals(20, s.library().count());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sampleHasTwoStudyPlaylists() throws IOException {
        String json = Files.readString(Path.of("sample-library/library.json"));
        assertTrue(json.contains("\"name\": \"Free-threaded Python\""));
        assertTrue(json.contains("\"name\": \"Rust foundations\""));
    }

    @Test
    void titlesFileIsTheUsersRawList() throws IOException {
        List<String> raw = Files.readAllLines(Path.of("sample-library/titles.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String[]> truth = truth();
        assertEquals(truth.get(0)[0], raw.get(0));
        assertEquals(truth.get(19)[0], raw.get(raw.size() - 1));
    }

    private List<Talk> loadSample() {
        try (Services s = Library.open(dir.resolve("sample.db"), Clock.systemUTC())) {
            SampleLibrary.importInto(s);
            List<Talk> talks = s.library().talks(new ArrayList<>(s.search().search("", 0, 100).talks().stream().map(Talk::id).sorted(
                    (a, b) -> Long.compare(a.value(), b.value())).toList()));
            return talks;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> truth() throws IOException {
        try (InputStream in = SampleLibraryTest.class.getResourceAsStream("/seed-truth.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                rows.add(new String[] {cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : ""});
            }
            return rows;
        }
    }
}
