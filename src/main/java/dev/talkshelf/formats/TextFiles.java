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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text formats strictly as UTF-8, so a wrong encoding is reported at its line instead of garbled.
 *
 * <p>The file is checked through a small buffer and its lines are made from the bytes one by one: an hour of
 * captions is ~0.4-1 MB, and as one string (two bytes a character once it holds a dash or an accent) it was
 * an array past G1's humongous-object size at a small heap, whose collections were the slowest attaches.
 */
final class TextFiles {
    private static final int BOM_LENGTH = 3;

    private TextFiles() {
    }

    /** The lines of a UTF-8 file (a leading byte order mark dropped), split as {@link String#lines()} does. */
    static List<String> lines(Path file) throws FormatException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        requireText(file, bytes);
        List<String> lines = new ArrayList<>();
        int start = hasBom(bytes) ? BOM_LENGTH : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        return lines;
    }

    /** The whole text of a UTF-8 file (a leading byte order mark dropped). */
    static String text(Path file) throws FormatException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        requireText(file, bytes);
        int start = hasBom(bytes) ? BOM_LENGTH : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** Refuses bytes that are not UTF-8, and text with a NUL in it (a binary file), naming the line. */
    private static void requireText(Path file, byte[] bytes) throws FormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer scratch = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, scratch, true);
            if (result.isError()) {
                throw new FormatException(file, lineAt(bytes, in.position()),
                        String.format("not UTF-8 text (byte 0x%02X); save the file as UTF-8", bytes[in.position()] & 0xFF));
            }
            scratch.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        // In UTF-8 a zero byte is only ever NUL.
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new FormatException(file, lineAt(bytes, i), "binary data, not a text file");
            }
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
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
