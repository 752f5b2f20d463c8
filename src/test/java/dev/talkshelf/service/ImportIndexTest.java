package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import indexes its talks for search a few hundred at a time inside its transactions, not all at each commit:
 * every talk is found afterwards, once, with what a later duplicate merged into it, and undo takes it all out again.
 */
class ImportIndexTest {
    private static final int TALKS = 1_500;

    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = Library.open(dir.resolve("lib.db"), Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void everyImportedTalkIsFoundOnceAndUndoTakesThemOut() {
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < TALKS; i++) {
            talks.add(talk(i));
        }
        // Late in the import, a duplicate of talk 10 brings the description that talk lacked.
        talks.add(talk(10).withDescription("A latecomer description"));
        talks.add(talk(TALKS - 1).withDescription("Another belated note"));

        ImportSummary summary = services.imports().apply(List.of(ImportBatch.ofTalks(talks)), false);

        assertEquals(TALKS, summary.added());
        assertEquals(2, summary.merged());
        assertEquals(TALKS, matches("shelved"), "every talk is in the index, once");
        for (int i : new int[] {0, 10, 199, 200, 201, 777, TALKS - 1}) {
            assertEquals(1, matches(word(i)), word(i));
        }
        assertEquals(1, matches("latecomer"), "a merge into a talk indexed earlier in the import is indexed");
        assertEquals(1, matches("belated"));
        assertEquals(1, matches(word(10) + " latecomer"), "the merged talk has one index row with both");

        assertTrue(services.library().undo().orElseThrow().startsWith("import of " + TALKS + " talks"));
        assertEquals(0, matches("shelved"));
        assertEquals(0, matches("latecomer"));
        assertEquals(0, services.library().count());
    }

    private static Talk talk(int i) {
        return Talk.titled("Shelved talk " + word(i)).withSpeakers(List.of("Speaker " + i)).withTags(List.of("python"));
    }

    /** A word only talk {@code i} has (letters, all of one length: no word is the start of another). */
    private static String word(int i) {
        StringBuilder w = new StringBuilder("zq");
        for (char c : "%04d".formatted(i).toCharArray()) {
            w.append((char) ('a' + (c - '0')));
        }
        return w.toString();
    }

    private long matches(String query) {
        return services.search().search(query, 0, 10).total();
    }
}
