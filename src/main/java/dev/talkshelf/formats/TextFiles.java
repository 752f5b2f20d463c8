package dev.talkshelf.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the text formats strictly as UTF-8, so a wrong encoding is reported at its line instead of garbled. */
final class TextFiles {
    private TextFiles() {
    }

    /** The lines of a UTF-8 file (a leading byte order mark dropped). */
    static List<String> lines(Path file) throws FormatException, IOException {
        return text(file).lines().toList();
    }

    static String text(Path file) throws FormatException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = decode(file, bytes);
        if (text.indexOf('\0') >= 0) {
            throw new FormatException(file, lineAt(bytes, text.substring(0, text.indexOf('\0'))
                    .getBytes(StandardCharsets.UTF_8).length), "binary data, not a text file");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(Path file, byte[] bytes) throws FormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new FormatException(file, lineAt(bytes, in.position()),
                    String.format("not UTF-8 text (byte 0x%02X); save the file as UTF-8", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
