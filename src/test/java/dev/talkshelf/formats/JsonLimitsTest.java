package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jackson's read limits (StreamReadConstraints) end in a FormatException that says which limit, in words. */
class JsonLimitsTest {
    @TempDir
    Path dir;

    @Test
    void nestingDeeperThanAThousandLevelsIsRefusedInWords() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        FormatException ytDlp = assertThrows(FormatException.class,
                () -> new YtDlpReader().read(TestFiles.write(dir, "v.info.json", deep), ImportContext.NONE));
        assertEquals("nested too deeply (more than 1,000 levels)", ytDlp.problem());
        FormatException library = assertThrows(FormatException.class, () -> new LibraryJsonReader(new ObjectMapper()).read(
                TestFiles.write(dir, "lib.json", "{\"format\": \"talkshelf-library\", \"version\": 1, \"talks\": [" + deep + "]}"),
                ImportContext.NONE));
        assertEquals("not valid JSON (nested too deeply (more than 1,000 levels))", library.problem());
    }

    @Test
    void numberOfMoreThanAThousandDigitsIsRefusedInWords() {
        FormatException e = assertThrows(FormatException.class, () -> new YtDlpReader().read(
                TestFiles.write(dir, "v.info.json", "{\"title\": \"T\", \"duration\": 1" + "0".repeat(1_200) + "}"), ImportContext.NONE));
        assertEquals("a number with too many digits", e.problem());
    }
}
