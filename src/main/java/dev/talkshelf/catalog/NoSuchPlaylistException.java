package dev.talkshelf.catalog;

/** A playlist name that is not in the library. */
public class NoSuchPlaylistException extends CatalogException {
    public NoSuchPlaylistException(String name) {
        super("no playlist named \"" + name + "\"");
    }
}
