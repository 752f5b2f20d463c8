package dev.talkshelf.catalog;

/**
 * The text of a new talk's search index row, as its insert stored it (before folding): what {@link FtsIndex}'s query of
 * the talk's parts would read back. Speakers are the stored names in the talk's order, topics the stored paths in
 * topic id order (the order that query's join reads them in), each joined by a space; null where the talk has none.
 */
record IndexText(String title, String speakers, String event, String tags, String description) {
}
