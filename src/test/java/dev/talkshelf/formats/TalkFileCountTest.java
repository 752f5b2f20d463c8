package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress count of a PyVideo tree's talk files, by name, against what the reading itself reads. */
class TalkFileCountTest {
    @TempDir
    Path dir;

    private void talk(Path videos, String name, String title) throws IOException {
        Files.createDirectories(videos);
        Files.writeString(videos.resolve(name), "{\"title\": \"" + title + "\", \"speakers\": [\"Ann Lee\"]}");
    }

    @Test
    void countsTheTalkFilesTheReadingReads() throws Exception {
        Path tree = dir.resolve("tree");
        for (int event = 0; event < 3; event++) {
            Path folder = tree.resolve("event-" + event);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("category.json"), "{\"title\": \"PyCon " + event + "\"}");
            for (int n = 0; n <= event; n++) {
                talk(folder.resolve("videos"), "talk-" + n + ".json", "Talk " + event + "." + n);
            }
            Files.writeString(folder.resolve("videos").resolve("notes.txt"), "not a talk");
            talk(folder.resolve("videos").resolve("extras"), "aside.json", "Not in a videos folder"); // not a talk file
        }
        // A link to a folder of talks is not followed, by the count as by the reading.
        talk(dir.resolve("elsewhere").resolve("videos"), "linked.json", "Linked");
        Files.createSymbolicLink(tree.resolve("linked-event"), dir.resolve("elsewhere"));

        List<String> read = new ArrayList<>();
        new PyVideoReader().read(tree, ImportContext.NONE, chunk -> chunk.forEach(t -> read.add(t.talk().title())));

        assertEquals(6, read.size(), read.toString());
        assertEquals(6, TalkFileCount.under(tree, () -> false));
        assertEquals(3, TalkFileCount.under(tree.resolve("event-2").resolve("videos"), () -> false),
                "a videos folder named as the source");
    }

    @Test
    void stopsWhenAsked() throws Exception {
        talk(dir.resolve("event").resolve("videos"), "talk.json", "A talk");

        assertEquals(0, TalkFileCount.under(dir, () -> true));
    }
}
