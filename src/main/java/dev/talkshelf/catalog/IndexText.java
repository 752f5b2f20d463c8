package dev.talkshelf.catalog;

/**
 * The text of a new talk's search index row, as its insert stored it and then folded ({@link TextFold}): what
 * {@link FtsIndex}'s query of the talk's parts would read back and fold. Speakers are the stored names in the talk's
 * order, topics the stored paths in topic id order (the order that query's join reads them in), each joined by a space;
 * null where the talk has none. The description comes folded from the reading threads ({@link PackedDescription}).
 */
record IndexText(String title, String speakers, String event, String tags, String description) {
    /** The parts as stored; the description already folded. */
    static IndexText folding(String title, String speakers, String event, String tags, String foldedDescription) {
        return new IndexText(TextFold.fold(title), TextFold.fold(speakers), TextFold.fold(event), TextFold.fold(tags),
                foldedDescription);
    }
}
