package dev.talkshelf.catalog;

/**
 * A library file that cannot be used, said in words a user can act on ("library.db was written by a newer
 * TalkShelf ..."). SQL text never goes into the message; the cause keeps it for the log.
 */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
