package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag no list knows that a whole import shows to be about one event (issue #13: {@code nashville} at PyTennessee) is
 * dropped; subjects stay, also rare ones at one conference, and an import of one or two series keeps every tag.
 * Real PyVideo-shaped folders imported into a real library through the app's ImportService.
 */
class EventBoundTagsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private Services services;

    @AfterEach
    void close() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    /** One PyVideo event folder: a category.json and a video file per talk, tags given per talk. */
    private void event(Path tree, String slug, String title, List<List<String>> tagsPerTalk, List<String> titles) throws Exception {
        Path videos = Files.createDirectories(tree.resolve(slug).resolve("videos"));
        Files.writeString(tree.resolve(slug).resolve("category.json"), JSON.writeValueAsString(Map.of("title", title)));
        for (int i = 0; i < tagsPerTalk.size(); i++) {
            Map<String, Object> video = Map.of(
                    "title", titles.get(i % titles.size()) + " (" + slug + " #" + i + ")",
                    "speakers", List.of("Speaker " + slug.hashCode() % 100 + "-" + i),
                    "tags", tagsPerTalk.get(i),
                    "recorded", "2019-05-0" + (1 + i % 9),
                    "videos", List.of(Map.of("type", "youtube", "url", "https://www.youtube.com/watch?v=" + slug + i)));
            Files.writeString(videos.resolve("talk-" + i + ".json"), JSON.writeValueAsString(video));
        }
    }

    private static List<List<String>> tagged(int talks, int every, List<String> some, List<String> others) {
        List<List<String>> tags = new ArrayList<>();
        for (int i = 0; i < talks; i++) {
            tags.add(i % every == 0 ? some : others);
        }
        return tags;
    }

    private static final List<String> TITLES = List.of("Profiling Django views", "Testing with pytest fixtures",
            "Async IO in practice", "Packaging Python libraries", "Data pipelines with pandas");

    private Path fourConferences() throws Exception {
        Path tree = dir.resolve("pyvideo");
        // Every fourth PyTennessee talk carries the city; one talk carries only the city.
        List<List<String>> tennessee = tagged(20, 4, List.of("nashville", "testing"), List.of("django"));
        tennessee.set(1, List.of("nashville"));
        event(tree, "pytennessee-2019", "PyTennessee 2019", tennessee, TITLES);
        event(tree, "pytennessee-2020", "PyTennessee 2020", tagged(12, 3, List.of("nashville"), List.of("async")), TITLES);
        // A rare subject at one conference (1 talk of 20) and an unknown subject at two conferences stay.
        List<List<String>> scipy = tagged(20, 2, List.of("micropython"), List.of("data-science"));
        scipy.set(3, List.of("astronomy", "data"));
        event(tree, "scipy-2019", "SciPy 2019", scipy, TITLES);
        event(tree, "europython-2019", "EuroPython 2019", tagged(15, 5, List.of("micropython"), List.of("testing")), TITLES);
        event(tree, "djangocon-2019", "DjangoCon US 2019", tagged(10, 1, List.of("django"), List.of()), TITLES);
        return tree;
    }

    private List<Talk> importAll(Path tree) {
        services = Library.open(dir.resolve("library.db"), CLOCK);
        services.imports().importPaths(List.of(tree), null, false, ImportContext.Progress.SILENT);
        return services.search().search("", 0, 1_000).talks();
    }

    @Test
    void aTagFoundAtOneSeriesOnlyAndOnManyOfItsTalksIsDroppedAsTheEventsOwn() throws Exception {
        List<Talk> talks = importAll(fourConferences());

        assertEquals(77, talks.size());
        assertTrue(talks.stream().noneMatch(t -> t.tags().contains("nashville")), "the city is about PyTennessee, no subject");
        assertTrue(services.search().search("tag:nashville", 0, 10).talks().isEmpty(), "and the search index agrees");
        assertTrue(talks.stream().filter(t -> t.event().startsWith("PyTennessee")).allMatch(t -> !t.tags().isEmpty()
                && !t.tags().stream().allMatch(p -> p.startsWith("format"))), "a talk tagged only with the city gets topics from its title");
        assertTrue(talks.stream().anyMatch(t -> t.tags().contains("astronomy")), "a rare subject at one conference stays");
        assertEquals(13, talks.stream().filter(t -> t.tags().contains("micropython")).count(), "a subject of two series stays");
    }

    @Test
    void anImportOfTwoSeriesKeepsEveryTag() throws Exception {
        Path tree = dir.resolve("two");
        event(tree, "pytennessee-2019", "PyTennessee 2019", tagged(20, 2, List.of("nashville"), List.of("django")), TITLES);
        event(tree, "scipy-2019", "SciPy 2019", tagged(10, 1, List.of("data"), List.of()), TITLES);

        List<Talk> talks = importAll(tree);

        assertEquals(10, talks.stream().filter(t -> t.tags().contains("nashville")).count(),
                "one conference's import cannot tell its city from a subject");
    }

    @Test
    void undoingTheImportTakesEverythingBack() throws Exception {
        importAll(fourConferences());

        assertTrue(services.library().undo().isPresent());

        assertEquals(0, services.search().search("", 0, 10).total());
    }

    @Test
    void seriesIsTheEventsLettersWithoutItsYear() {
        assertEquals("pytennessee", EventBoundTags.seriesOf("PyTennessee 2019"));
        assertEquals("pyconus", EventBoundTags.seriesOf("PyCon US 2020"));
        assertEquals("", EventBoundTags.seriesOf(null));
        assertFalse(EventBoundTags.seriesOf("PyData London 2018").equals(EventBoundTags.seriesOf("PyData Berlin 2018")));
    }
}
