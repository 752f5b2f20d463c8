package dev.talkshelf.catalog;

/** A speaker, event or topic row found or made by a write: its id and its name (a topic's path) as stored. */
record NamedRow(long id, String name) {
}
