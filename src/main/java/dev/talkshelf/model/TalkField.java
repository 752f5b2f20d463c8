package dev.talkshelf.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The facts of a talk a person edits one by one, so an edit writes only the fields it changed (topics, changed
 * as added and removed paths, and the watch state have edits of their own).
 */
public enum TalkField {
    TITLE(Talk::title),
    SPEAKERS(Talk::speakers),
    EVENT(Talk::event),
    YEAR(Talk::year),
    RECORDED(Talk::recorded),
    DURATION(Talk::duration),
    MEDIA(Talk::media),
    THUMBNAIL(Talk::thumbnail),
    LINKS(Talk::links),
    RATING(Talk::rating),
    DESCRIPTION(Talk::description);

    private final Function<Talk, Object> value;

    TalkField(Function<Talk, Object> value) {
        this.value = value;
    }

    public Object valueIn(Talk talk) {
        return value.apply(talk);
    }

    /**
     * True when both talks hold the same value in this field. Two {@link Talk#listed() listed} copies hold the same
     * description: neither carries one, so nothing made from them can have changed it.
     *
     * @throws IllegalArgumentException for the description of a listed copy beside a whole one: what the listed copy
     *         holds is not known, so whether it changed cannot be told (read the talk by id first)
     */
    public boolean same(Talk a, Talk b) {
        if (this == DESCRIPTION && (a.listed() || b.listed())) {
            if (a.listed() && b.listed()) {
                return true;
            }
            throw new IllegalArgumentException("talk " + (a.listed() ? a : b).id()
                    + " was read for a list, without its description: its description cannot be compared; read it by id");
        }
        return Objects.equals(valueIn(a), valueIn(b));
    }

    /** The fields in which {@code edited} differs from {@code seen}. */
    public static Set<TalkField> changed(Talk seen, Talk edited) {
        Set<TalkField> fields = EnumSet.noneOf(TalkField.class);
        for (TalkField f : values()) {
            if (!f.same(seen, edited)) {
                fields.add(f);
            }
        }
        return fields;
    }
}
