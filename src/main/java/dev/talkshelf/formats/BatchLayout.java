package dev.talkshelf.formats;

/**
 * The layout most lines of a batch share, as {@link TitleParser#parseBatch} found it: where the speakers stand
 * ({@code slot}), between which separators, and how many lines have it.
 *
 * @param shape     the layout as a person reads it, such as "Title | Speaker | Event" or "Speaker: Title"
 * @param separator the separator around the speakers' part (" | ", " - ", ...); for the colon and "by" slots,
 *                  the text that introduces them (": ", " by ")
 * @param matching  how many lines had this layout with a speaker the parser was sure of
 * @param lines     how many lines were read
 */
public record BatchLayout(String shape, Slot slot, String separator, int matching, int lines) {
    /** The part of a line that holds the speakers. */
    public enum Slot {
        /** After the last separator: "Title - Speaker", "Title | Speaker | Event". */
        LAST,
        /** Before the first separator: "Speaker – Title – Event". */
        FIRST,
        /** Before a colon: "Speaker: Title". */
        COLON,
        /** After "by": "Title by Speaker". */
        BY,
        /** In a trailing bracket with the event: "Title (Speaker, Event)". */
        PAREN
    }

    /** "Title | Speaker | Event (18 of 20 lines)" */
    public String describe() {
        return shape + " (" + matching + " of " + lines + (lines == 1 ? " line)" : " lines)");
    }
}
