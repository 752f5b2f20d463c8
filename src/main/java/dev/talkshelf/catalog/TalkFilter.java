package dev.talkshelf.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A boolean SQL condition over the talk table (aliased {@code t}) with its parameters. Built by the query
 * compiler from fixed SQL pieces; user text only ever travels in {@link #params()}.
 */
public record TalkFilter(String sql, List<Object> params) {

    public static final TalkFilter ALL = new TalkFilter("1", List.of());

    private static final String FULL_TEXT = "t.id IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?)";
    private static final String TOPIC_TREE_IDS =
            "SELECT c.talk_id FROM talk_topic_closure c WHERE c.topic_id = (SELECT id FROM topic WHERE path = ?)";
    private static final String TOPIC_IDS =
            "SELECT tt.talk_id FROM talk_topic tt WHERE tt.topic_id = (SELECT id FROM topic WHERE path = ?)";
    private static final String IN_TOPIC_TREE =
            "t.id IN (SELECT c.talk_id FROM talk_topic_closure c WHERE c.topic_id = (SELECT id FROM topic WHERE path = ?))";
    private static final String IN_TOPIC =
            "t.id IN (SELECT tt.talk_id FROM talk_topic tt WHERE tt.topic_id = (SELECT id FROM topic WHERE path = ?))";
    private static final String NOT_FULL_TEXT = "t.id NOT IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?)";

    public TalkFilter {
        params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
    }

    /** Talks whose search-index row matches an FTS5 expression (one built by the query compiler). */
    public static TalkFilter fullText(String ftsExpression) {
        return of(FULL_TEXT, ftsExpression);
    }

    /** Talks with a topic or one below it (the topic's path as a parameter). */
    public static TalkFilter inTopicTree(String path) {
        return of(IN_TOPIC_TREE, path);
    }

    /** Talks given exactly this topic. */
    public static TalkFilter inTopic(String path) {
        return of(IN_TOPIC, path);
    }

    /**
     * When this filter is exactly one topic filter: SQL selecting its talks' ids ({@code talk_id}) from the topic's
     * own index entries, the path as its parameter. Reading them costs a twentieth of probing the talk index per talk.
     */
    java.util.Optional<TalkFilter> topicIds() {
        if (params.size() == 1 && sql.equals(IN_TOPIC_TREE)) {
            return java.util.Optional.of(new TalkFilter(TOPIC_TREE_IDS, params));
        }
        if (params.size() == 1 && sql.equals(IN_TOPIC)) {
            return java.util.Optional.of(new TalkFilter(TOPIC_IDS, params));
        }
        return java.util.Optional.empty();
    }

    /**
     * When this filter is {@code inTopicTree(path) AND rest} or {@code inTopic(path) AND rest}: the topic's talk ids
     * as SQL selecting {@code talk_id} with the path as its parameter, and the rest.
     */
    java.util.Optional<java.util.Map.Entry<TalkFilter, TalkFilter>> leadingTopic() {
        for (String[] topic : new String[][] {{IN_TOPIC_TREE, TOPIC_TREE_IDS}, {IN_TOPIC, TOPIC_IDS}}) {
            String prefix = "(" + topic[0] + ") AND ";
            if (sql.startsWith(prefix) && !params.isEmpty()) {
                return java.util.Optional.of(java.util.Map.entry(new TalkFilter(topic[1], params.subList(0, 1)),
                        new TalkFilter(sql.substring(prefix.length()), params.subList(1, params.size()))));
            }
        }
        return java.util.Optional.empty();
    }

    /** Talks whose search-index row does not match an FTS5 expression. */
    public static TalkFilter notFullText(String ftsExpression) {
        return of(NOT_FULL_TEXT, ftsExpression);
    }

    /** The expression when this filter is exactly {@link #notFullText} of it: it is counted as the rest of the library. */
    public java.util.Optional<String> negatedFullText() {
        return sql.equals(NOT_FULL_TEXT) && params.size() == 1
                ? java.util.Optional.of((String) params.get(0)) : java.util.Optional.empty();
    }

    /** True when this filter is exactly {@link #fullText} of the expression: its matches are the filter's rows. */
    public boolean isFullText(String ftsExpression) {
        return sql.equals(FULL_TEXT) && params.size() == 1 && params.get(0).equals(ftsExpression);
    }

    /**
     * When this filter is {@code fullText(expr) AND rest}, the rest: a search driven by the matches of
     * {@code expr} then only checks the rest. Empty otherwise.
     */
    public java.util.Optional<TalkFilter> afterFullText(String ftsExpression) {
        if (isFullText(ftsExpression)) {
            return java.util.Optional.of(ALL);
        }
        String prefix = "(" + FULL_TEXT + ") AND ";
        if (sql.startsWith(prefix) && !params.isEmpty() && params.get(0).equals(ftsExpression)) {
            return java.util.Optional.of(new TalkFilter(sql.substring(prefix.length()), params.subList(1, params.size())));
        }
        return java.util.Optional.empty();
    }

    /** The FTS5 expression every talk of this filter matches, when the filter starts with one. */
    public java.util.Optional<String> leadingFullText() {
        if (!params.isEmpty() && (sql.equals(FULL_TEXT) || sql.startsWith("(" + FULL_TEXT + ") AND "))) {
            return java.util.Optional.of((String) params.get(0));
        }
        return java.util.Optional.empty();
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
