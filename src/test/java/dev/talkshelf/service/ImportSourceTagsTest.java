package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.catalog.WriteWaitListener;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.formats.StandInYtDlp;
import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every importer's tags take the one path through the taxonomy (issue #13): a real file of each format in a temporary
 * folder, imported into a real library through the app's ImportService, and the sidebar's topic tree checked.
 * Sources without tags (FreeTube, M3U, a folder of videos) get their topics and format from the title.
 */
class ImportSourceTagsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private Services services;

    private Services open() {
        return open(System.getenv());
    }

    private Services open(Map<String, String> environment) {
        services = Library.open(dir.resolve("library.db"), CLOCK, WriteWaitListener.NONE, environment);
        return services;
    }

    @AfterEach
    void close() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    private Talk importOne(Path file) {
        Services s = services == null ? open() : services;
        s.imports().importPaths(List.of(file), null, false, ImportContext.Progress.SILENT);
        List<Talk> talks = s.search().search("", 0, 10).talks();
        assertEquals(1, talks.size());
        return talks.get(0);
    }

    /** Every topic path in the sidebar's tree. */
    private List<String> tree() {
        List<String> paths = new ArrayList<>();
        flatten(services.search().facets("").topics(), paths);
        return paths;
    }

    private static void flatten(List<TopicNode> nodes, List<String> into) {
        for (TopicNode n : nodes) {
            into.add(n.path());
            flatten(n.children(), into);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void csvTagsGoThroughTheTaxonomy() throws IOException {
        Path csv = write("talks.csv", """
                title,speakers,event,year,tags
                Views and templates,Ann Lee,,2019,django;Lightning Talk;pycon;Minsk
                """);

        Talk talk = importOne(csv);

        assertEquals(List.of("python/django", "format/lightning-talks"), talk.tags());
        assertEquals("pycon", talk.event(), "an event tag becomes the event the row lacks");
        List<String> tree = tree();
        assertTrue(tree.contains("python/django"), tree::toString);
        assertFalse(tree.contains("django") || tree.contains("pycon") || tree.contains("minsk") || tree.contains("lightning-talk"),
                tree::toString);
    }

    @Test
    void ytDlpInfoJsonTagsGoThroughTheTaxonomy() throws IOException {
        Path info = write("Models [abcdefghijk].info.json", """
                {"id": "abcdefghijk", "title": "Models in production", "_type": "video", "extractor": "youtube",
                 "webpage_url": "https://www.youtube.com/watch?v=abcdefghijk", "upload_date": "20230720",
                 "tags": ["Machine Learning", "EuroPython", "keynote", "belarus", "data science"]}
                """);

        Talk talk = importOne(info);

        assertEquals(List.of("ai/machine-learning", "data", "format/keynote"), talk.tags());
        assertFalse(tree().contains("europython") || tree().contains("belarus") || tree().contains("machine-learning"), tree()::toString);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in yt-dlp is a POSIX shell script")
    void tagsFromALinkGoThroughTheTaxonomy() {
        StandInYtDlp standIn = StandInYtDlp.withBody(dir, """
                cat <<'JSON'
                {"id": "Qy7hKc1Lb2M", "title": "Locks and queues", "_type": "video", "extractor": "youtube",
                 "webpage_url": "https://www.youtube.com/watch?v=Qy7hKc1Lb2M", "upload_date": "20240925",
                 "tags": ["async/concurreny", "talk", "python/internals", "PyConAU"]}
                JSON""");
        Services s = open(standIn.environment());

        s.imports().importLink("https://www.youtube.com/watch?v=Qy7hKc1Lb2M", false, ImportContext.Progress.SILENT, () -> false);

        Talk talk = s.search().search("", 0, 10).talks().get(0);
        assertEquals(List.of("concurrency", "internals"), talk.tags(), "the typo and the source's own hierarchy are tidied");
        assertEquals("pyconau", talk.event(), "the yt-dlp reader keeps tags normalized");
    }

    @Test
    void freeTubeTitlesGiveTopicsAndTheFormat() throws IOException {
        Path playlist = write("freetube-playlists.db", """
                {"playlistName":"Watch later","videos":[{"videoId":"lqZ0Jk9x8Pw","title":"Keynote: Free-threaded Python in practice","lengthSeconds":1862}],"_id":"x"}
                """);

        Talk talk = importOne(playlist);

        assertTrue(talk.tags().contains("python/free-threading"), talk.tags()::toString);
        assertTrue(talk.tags().contains("format/keynote"), "the title names the format: " + talk.tags());
    }

    @Test
    void m3uTitlesGiveTopicsAndTheFormat() throws IOException {
        Path m3u = write("evening.m3u8", """
                #EXTM3U
                #EXTINF:1800,Ann Lee - Lightning talks about Rust
                https://example.org/talks/rust-lightning.mp4
                """);

        Talk talk = importOne(m3u);

        assertEquals(List.of("rust", "format/lightning-talks"), talk.tags());
    }

    @Test
    void folderScanTitlesGiveTopicsAndTheFormat() throws IOException {
        write("videos/Workshop - Testing with pytest [dQw4w9WgXcQ].mp4", "not really a video");

        Talk talk = importOne(dir.resolve("videos"));

        assertTrue(talk.tags().contains("testing"), talk.tags()::toString);
        assertTrue(talk.tags().contains("format/tutorial"), talk.tags()::toString);
    }

    @Test
    void pyVideoTagsGoThroughTheTaxonomyInTheImport() throws IOException {
        Path talkFile = write("ev/videos/t.json", """
                {"title": "Typing", "speakers": ["Ann Lee"], "tags": ["Type Hints", "django", "pythonwebconf"]}
                """);

        Talk talk = importOne(talkFile);

        assertEquals(List.of("python/typing", "python/django"), talk.tags());
        assertEquals("pythonwebconf", talk.event());
    }

    @Test
    void talkShelfsOwnFileKeepsItsTopicsAsTheUserLeftThem() throws IOException {
        Path library = write("library.json", """
                {"format": "talkshelf-library", "version": 1,
                 "talks": [{"title": "Views", "speakers": ["Ann Lee"], "tags": ["django", "keynote"]}]}
                """);

        Talk talk = importOne(library);

        assertEquals(List.of("django", "keynote"), talk.tags(), "the user's own topics are not the taxonomy's to move");
    }

    @Test
    void pyVideoVariousSpeakersIsNoSpeaker() throws IOException {
        write("ev/videos/a.json", """
                {"title": "Lightning talks, day 1", "speakers": ["Various Speakers"]}
                """);
        write("ev/videos/b.json", """
                {"title": "Opening remarks", "speakers": ["TBA", "Ann Lee", "N/A"]}
                """);
        Services s = open();

        s.imports().importPaths(List.of(dir.resolve("ev")), null, false, ImportContext.Progress.SILENT);

        List<Talk> talks = s.search().search("", 0, 10).talks();
        assertEquals(List.of(List.of("Ann Lee"), List.of()),
                talks.stream().sorted(Comparator.comparing(Talk::title).reversed()).map(Talk::speakers).toList());
        assertEquals(List.of("Ann Lee"), s.search().facets("").speakers().stream().map(FacetCount::value).toList(),
                "the sidebar's speakers are people only");
        assertEquals(0, s.search().search("speaker:\"Various Speakers\"", 0, 10).total());
    }
}
