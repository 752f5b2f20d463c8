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

    /** True when both talks hold the same value in this field. */
    public boolean same(Talk a, Talk b) {
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
