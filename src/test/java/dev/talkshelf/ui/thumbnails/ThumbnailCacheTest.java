package dev.talkshelf.ui.thumbnails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a temporary folder, their last use set by hand. */
class ThumbnailCacheTest {
    @TempDir
    Path dir;
    final Instant now = Instant.now();

    @Test
    void trimmingRemovesTheLeastRecentlyUsedUntilTheFolderFitsTheCap() throws Exception {
        picture("a.jpg", 1000, 50);
        picture("b.jpg", 1000, 40);
        picture("c.jpg", 1000, 30);
        picture("d.jpg", 1000, 20);
        picture("e.jpg", 1000, 10);

        List<Path> removed = new ThumbnailCache(dir, 2500).trim();

        assertEquals(List.of(dir.resolve("a.jpg"), dir.resolve("b.jpg"), dir.resolve("c.jpg")), removed);
        assertEquals(Set.of("d.jpg", "e.jpg"), names());
    }

    @Test
    void aPictureShownAgainMovesToTheBackOfTheLine() throws Exception {
        picture("old-but-shown.jpg", 1000, 120);
        picture("newer.jpg", 1000, 90);
        ThumbnailCache cache = new ThumbnailCache(dir, 1500);

        cache.used(dir.resolve("old-but-shown.jpg"));
        cache.trim();

        assertEquals(Set.of("old-but-shown.jpg"), names());
    }

    @Test
    void aFolderWithinTheCapIsLeftAlone() throws Exception {
        picture("a.jpg", 1000, 50);
        picture("b.jpg", 1000, 40);

        assertEquals(List.of(), new ThumbnailCache(dir, 2000).trim());
        assertEquals(Set.of("a.jpg", "b.jpg"), names());
    }

    @Test
    void writesAreCountedAndTheFolderTrimmedOnceItPassesTheCap() throws Exception {
        ThumbnailCache cache = new ThumbnailCache(dir, 2500);
        cache.trim(); // the count starts from the folder as it is
        assertEquals(List.of(), cache.written(picture("a.jpg", 1000, 30)));
        assertEquals(List.of(), cache.written(picture("b.jpg", 1000, 20)));

        List<Path> removed = cache.written(picture("c.jpg", 1000, 10));

        assertEquals(List.of(dir.resolve("a.jpg")), removed);
        assertEquals(Set.of("b.jpg", "c.jpg"), names());
    }

    @Test
    void aDownloadLeftHalfWayByAnEndedRunIsRemovedButOneInProgressIsNot() throws Exception {
        picture(".thumb123.jpg", 10, 60 * 24);
        picture(".thumb456.jpg", 10, 1);
        picture("kept.jpg", 10, 5);

        new ThumbnailCache(dir, 1_000_000).trim();

        assertEquals(Set.of(".thumb456.jpg", "kept.jpg"), names());
    }

    @Test
    void aMissingFolderIsNothingToTrim() {
        assertEquals(List.of(), new ThumbnailCache(dir.resolve("not-yet"), 10).trim());
    }

    private Path picture(String name, int size, long minutesAgo) throws Exception {
        Path file = Files.write(dir.resolve(name), new byte[size]);
        Files.setLastModifiedTime(file, FileTime.from(now.minus(Duration.ofMinutes(minutesAgo))));
        return file;
    }

    private Set<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
