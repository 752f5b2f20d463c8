package dev.talkshelf.catalog;

/** A write waited as long as it may (a minute) while another TalkShelf held the library; nothing was changed. */
public final class LibraryBusyException extends CatalogException {
    public LibraryBusyException(String message) {
        super(message);
    }
}
