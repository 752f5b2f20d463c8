package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * Text files read as the whole-text decoding read them: the same lines (every line ending, a byte order mark, text
 * beyond Latin-1), and a byte that is not UTF-8 or a NUL reported at its line.
 */
class TextFilesPropertiesTest {

    @Property(tries = 1000)
    void linesAreWhatTheDecodedTextsLinesWere(
            @ForAll @Chars({'a', 'é', '—', 'X', ' ', '\n', '\r', '\uFEFF'}) @StringLength(max = 60) String drawn,
            @ForAll boolean bom) throws Exception {
        String text = drawn.replace("X", "👽"); // a character beyond the 16-bit plane, drawn whole
        String written = (bom ? "\uFEFF" : "") + text;
        Path file = Files.createTempFile("lines", ".txt");
        try {
            Files.writeString(file, written, StandardCharsets.UTF_8);

            // As before: the text decoded whole, one leading byte order mark dropped, then split.
            String read = written.startsWith("\uFEFF") ? written.substring(1) : written;
            assertEquals(read.lines().toList(), TextFiles.lines(file));
            assertEquals(read, TextFiles.text(file));
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 300)
    void aByteThatIsNotUtf8OrANulIsReportedAtItsLine(
            @ForAll @Chars({'a', 'é', '\n', '\r'}) @StringLength(max = 40) String before, @ForAll boolean nul) throws Exception {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = nul ? 0 : (byte) 0xFF;
        bytes[head.length + 1] = 'z';
        bytes[head.length + 2] = '\n';
        Path file = Files.createTempFile("bad", ".txt");
        try {
            Files.write(file, bytes);

            FormatException refused = assertThrows(FormatException.class, () -> TextFiles.lines(file));
            long line = 1 + before.chars().filter(c -> c == '\n').count();
            assertEquals(line, refused.line(), refused.getMessage());
        } finally {
            Files.delete(file);
        }
    }
}
