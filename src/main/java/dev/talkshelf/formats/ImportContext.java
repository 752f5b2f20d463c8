package dev.talkshelf.formats;

import java.util.function.Predicate;

/**
 * What a reader may know about the library it imports into, and where it reports progress.
 *
 * @param knownSpeaker true for a name (any spelling with the same {@code Names.key}) already in the library
 * @param progress     told (done, total) as a long read advances; total is -1 when unknown
 */
public record ImportContext(Predicate<String> knownSpeaker, Progress progress) {

    public static final ImportContext NONE = new ImportContext(name -> false, Progress.SILENT);

    /** Receives progress of a long read. Implementations must be cheap and thread-safe. */
    @FunctionalInterface
    public interface Progress {
        Progress SILENT = (done, total) -> { };

        void advanced(long done, long total);
    }
}
