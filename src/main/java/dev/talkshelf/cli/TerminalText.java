package dev.talkshelf.cli;

import dev.talkshelf.model.PlainText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The CLI's printing edge: text from the library (an imported description, a note, a playlist's name) reaches
 * the terminal without control characters, so an escape sequence in a file can neither retitle the window nor
 * rewrite what was printed. Line breaks and tabs pass; a carriage return only as part of CR LF.
 */
final class TerminalText extends Writer {
    private final Writer out;
    private boolean pendingReturn;

    private TerminalText(Writer out) {
        this.out = out;
    }

    /** {@code out} with every line printed through the filter. */
    static PrintWriter printer(Writer out) {
        return new PrintWriter(new TerminalText(out));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char ch = chars[i];
            if (pendingReturn) {
                pendingReturn = false;
                if (ch == '\n') {
                    out.write('\r');
                }
            }
            if (PlainText.isControl(ch) && ch != '\n' && ch != '\t') {
                out.write(chars, start, i - start);
                start = i + 1;
                pendingReturn = ch == '\r';
            }
        }
        out.write(chars, start, end - start);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
