package dev.talkshelf.service;

/** The user stopped an import; what it had stored was taken back, so the library is as it was before. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("the import was cancelled; the library is unchanged");
    }
}
