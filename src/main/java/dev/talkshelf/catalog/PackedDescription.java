package dev.talkshelf.catalog;

import java.util.Objects;

/**
 * A description together with the form {@code talk.description} keeps it in ({@link DescriptionPacking}), made
 * ahead of the write that stores it. Packing is pure work: an import does it on its reading threads, so the one thread
 * that writes the library does not (deflating the PyVideo descriptions was ~3 s of its ~31 s at 108,575 talks;
 * decision 0048). The write also indexes the text as it was given instead of unpacking the column again, folded here
 * as the search index holds it ({@link TextFold}): scanning every description for the folded letters was ~2 % of the
 * writing thread.
 */
public final class PackedDescription {
    private final String text;
    private final Object stored;
    private final String folded;

    private PackedDescription(String text, Object stored) {
        this.text = text;
        this.stored = stored;
        this.folded = stored == null ? null : TextFold.fold(text);
    }

    /** Packs a description (null or blank: none); safe on any thread. */
    public static PackedDescription of(String description) {
        return new PackedDescription(description, DescriptionPacking.pack(description));
    }

    /** True when this is the packing of exactly {@code description}: a talk changed after packing is packed again. */
    boolean isOf(String description) {
        return Objects.equals(text, description);
    }

    /** The description as the column reads back (null for none or blank), folded as the search index holds it. */
    String folded() {
        return folded;
    }

    /** What the column keeps: null, a String or a byte[] (bind with {@link Sql}). */
    Object stored() {
        return stored;
    }
}
