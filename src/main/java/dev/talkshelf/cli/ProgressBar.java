package dev.talkshelf.cli;

import dev.talkshelf.formats.ImportContext;
import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
final class ProgressBar implements ImportContext.Progress {
    private static final long REDRAW_NANOS = 100_000_000L;
    private final PrintStream err;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    static ImportContext.Progress forStderr() {
        return System.console() == null ? ImportContext.Progress.SILENT : new ProgressBar(System.err);
    }

    static void finish(ImportContext.Progress progress) {
        if (progress instanceof ProgressBar bar && bar.drawn) {
            bar.err.print("\r\033[K");
            bar.err.flush();
        }
    }

    @Override
    public synchronized void advanced(long done, long total) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, done * width / total);
            err.printf("\rimporting [%s%s] %d/%d", "#".repeat(filled), " ".repeat(width - filled), done, total);
        } else {
            err.printf("\rimporting... %d talks read", done);
        }
        err.flush();
    }
}
