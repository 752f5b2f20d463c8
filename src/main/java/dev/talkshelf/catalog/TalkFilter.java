package dev.talkshelf.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A boolean SQL condition over the talk table (aliased {@code t}) with its parameters. Built by the query
 * compiler from fixed SQL pieces; user text only ever travels in {@link #params()}.
 */
public record TalkFilter(String sql, List<Object> params) {

    public static final TalkFilter ALL = new TalkFilter("1", List.of());

    public TalkFilter {
        params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
    }

    public static TalkFilter of(String sql, Object... params) {
        return new TalkFilter(sql, java.util.Arrays.asList(params));
    }

    public TalkFilter and(TalkFilter other) {
        if (this == ALL) {
            return other;
        }
        if (other == ALL) {
            return this;
        }
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new TalkFilter("(" + sql + ") AND (" + other.sql + ")", all);
    }
}
