package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathOrderWalkTest {
    @TempDir
    Path dir;

    @Test
    void findsTheFilesInTheOrderOfSortedPathsWhateverTheNames() throws Exception {
        // Names around '/' (0x2F) in byte order: '.', '-', ' ' sort before it, letters and non-ASCII after it, so a
        // folder "a" and a file "a.json" or a folder "a.b" interleave differently from their names alone.
        for (String folder : List.of("a", "a.b", "a-b", "a b", "ab", "Zürich", "zz", "a/videos", "a.b/videos", "e/videos")) {
            Files.createDirectories(dir.resolve(folder));
        }
        for (String file : List.of("a.json", "a/x.json", "a/videos/2.json", "a/videos/10.json", "a/videos.json",
                "a.b/videos/1.json", "a-b/1.json", "a b/1.json", "ab/1.json", "Zürich/ä.json", "Zürich/z.json",
                "zz/1.txt", "e/videos/é.json", "e/videos/e.json", "e/videos/E.json")) {
            Files.writeString(dir.resolve(file), "{}");
        }
        List<Path> expected;
        try (Stream<Path> walk = Files.walk(dir)) {
            expected = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }

        List<Path> found = new ArrayList<>();
        PathOrderWalk walk = new PathOrderWalk(dir, (p, attributes) -> p.toString().endsWith(".json"));
        walk.forEachRemaining(found::add);

        assertEquals(expected, found);
        assertFalse(walk.hasNext());
    }
}
