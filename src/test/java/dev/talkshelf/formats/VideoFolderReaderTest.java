package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoFolderReaderTest {
    @TempDir
    Path dir;

    @Test
    void videosAreFoundRecursivelyInSortedOrderAndOthersIgnored() throws Exception {
        TestFiles.write(dir, "b/Metaclasses_Demystified_-_Jason_C._McDonald [dQw4w9WgXcQ].mp4", "");
        TestFiles.write(dir, "a/Comprehending Proc Macros.MKV", "");
        TestFiles.write(dir, "a/notes.txt", "");
        TestFiles.write(dir, "a/cover.jpg", "");
        List<ImportedTalk> talks = new VideoFolderReader(DurationProbe.NONE).read(dir, ImportContext.NONE).talks();
        assertEquals(List.of("Comprehending Proc Macros", "Metaclasses Demystified"), talks.stream().map(t -> t.talk().title()).toList());
        assertEquals(List.of("Jason C. McDonald"), talks.get(1).talk().speakers());
        assertEquals(dir.resolve("b/Metaclasses_Demystified_-_Jason_C._McDonald [dQw4w9WgXcQ].mp4").toAbsolutePath().toString(),
                talks.get(1).talk().media());
        assertEquals("youtube:dQw4w9WgXcQ", talks.get(1).sourceKey());
        assertNull(talks.get(0).sourceKey());
    }

    @Test
    void durationComesFromTheProbe() throws Exception {
        TestFiles.write(dir, "talk.webm", "");
        DurationProbe probe = file -> Optional.of(Duration.ofSeconds(95));
        assertEquals(Duration.ofSeconds(95), new VideoFolderReader(probe).read(dir, ImportContext.NONE).talks().get(0).talk().duration());
    }

    @Test
    void missingFfprobeLeavesDurationEmpty() throws Exception {
        TestFiles.write(dir, "talk.webm", "not really a video");
        assertEquals(Optional.empty(), new Ffprobe(dir.resolve("no-such-ffprobe")).duration(dir.resolve("talk.webm")));
        assertNull(new VideoFolderReader().read(dir, ImportContext.NONE).talks().get(0).talk().duration());
    }

    @Test
    void singleVideoFileIsOneTalk() throws Exception {
        Path file = TestFiles.write(dir, "It finally happened.mov", "");
        assertEquals(1, new VideoFolderReader(DurationProbe.NONE).read(file, ImportContext.NONE).talks().size());
    }

    @Test
    void singleNonVideoFileIsRefused() {
        Path file = TestFiles.write(dir, "notes.txt", "");
        assertThrows(FormatException.class, () -> new VideoFolderReader(DurationProbe.NONE).read(file, ImportContext.NONE));
    }
}
