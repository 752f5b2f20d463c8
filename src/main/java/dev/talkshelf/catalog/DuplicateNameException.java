package dev.talkshelf.catalog;

/** A name that must be unique (a playlist's) is already taken. */
public class DuplicateNameException extends CatalogException {
    public DuplicateNameException(String message) {
        super(message);
    }
}
