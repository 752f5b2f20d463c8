package dev.talkshelf.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A boolean condition over the talk table (aliased {@code t}), kept as data: the conjunction of its
 * {@link Condition}s, each saying what it is (words for the full-text index, a topic, column conditions the
 * narrow index holds, anything else) and roughly how much of the library it keeps. {@link TalkSearch} picks
 * its plan from these parts, never from the SQL text; {@link #sql()} and {@link #params()} are for the places
 * that only need the condition as SQL. Built by the query compiler from fixed SQL pieces; user text only ever
 * travels in the parameters.
 *
 * <p>The parts are kept in one canonical order (words, topics, column conditions, the rest; within a kind the
 * most selective first), so the order the user typed them in changes neither the plan nor the SQL.
 */
public record TalkFilter(List<Condition> conditions) {

    public static final TalkFilter ALL = new TalkFilter(List.of());

    /** What a condition needs to be evaluated, from cheapest to dearest. */
    public enum Reads {
        /** Only columns of the narrow indexes (and the talk id): a scan of {@code talk_filter_by_added} answers it. */
        NARROW_COLUMNS,
        /** Lists of talk ids (the search index, topics, playlists): each talk is checked by id. */
        ID_LISTS,
        /** Columns only the talk rows hold (the description). */
        TALK_ROWS
    }

    /** One part of a conjunction. */
    public sealed interface Condition permits Words, NoWords, Topic, Said, Speaker, Columns, AnyOf, Other {
        String sql();

        List<Object> params();

        Reads reads();

        /** The estimated share of the library that passes, 0 to 1: the compiler's guess, for ordering only. */
        double selectivity();

        /** Order of kinds in the canonical conjunction. */
        int rank();
    }

    /** Talks whose search-index row matches a full-text expression (built by the query compiler). */
    public record Words(FullText text) implements Condition {
        public Words {
            Objects.requireNonNull(text, "text");
        }

        /** The FTS5 expression, rendered once by {@link FullText}. */
        public String expression() {
            return text.fts();
        }

        /** True when a term is a one-letter prefix: see {@link FullText#hasOneLetterPrefix()}. */
        public boolean hasOneLetterPrefix() {
            return text.hasOneLetterPrefix();
        }

        public String sql() {
            return "t.id IN (" + idsSql() + ")";
        }

        /** SQL selecting the matching talk ids as {@code talk_id}, each once and in id order, the expression as parameter. */
        public String idsSql() {
            return "SELECT rowid AS talk_id FROM talk_fts WHERE talk_fts MATCH ?";
        }

        public List<Object> params() {
            return List.of(expression());
        }

        public Reads reads() {
            return Reads.ID_LISTS;
        }

        public double selectivity() {
            return 0.1;
        }

        public int rank() {
            return 0;
        }
    }

    /** Talks whose search-index row does not match an FTS5 expression. */
    public record NoWords(FullText text) implements Condition {
        public NoWords {
            Objects.requireNonNull(text, "text");
        }

        /** The FTS5 expression, rendered once by {@link FullText}. */
        public String expression() {
            return text.fts();
        }

        public String sql() {
            return "t.id NOT IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?)";
        }

        public List<Object> params() {
            return List.of(expression());
        }

        public Reads reads() {
            return Reads.ID_LISTS;
        }

        public double selectivity() {
            return 0.9;
        }

        public int rank() {
            return 3;
        }
    }

    /** Talks with a topic, or (subtree) with it or one below it. */
    public record Topic(String path, boolean subtree) implements Condition {
        public String sql() {
            return "t.id IN (" + idsSql() + ")";
        }

        /** SQL selecting the topic's talk ids as {@code talk_id} from its own index entries, the path as parameter. */
        public String idsSql() {
            return subtree
                    ? "SELECT c.talk_id FROM talk_topic_closure c WHERE c.topic_id = (SELECT id FROM topic WHERE path = ?)"
                    : "SELECT tt.talk_id FROM talk_topic tt WHERE tt.topic_id = (SELECT id FROM topic WHERE path = ?)";
        }

        public List<Object> params() {
            return List.of(path);
        }

        /**
         * SQL true when talk {@code t} has the topic, by one seek of the topic's own index (the path as parameter): for a
         * topic most talks have, checking the talks of one page this way reads a few hundred entries where {@link #sql}
         * gathers all of them first.
         */
        public String probeSql() {
            return subtree
                    ? "EXISTS (SELECT 1 FROM talk_topic_closure c WHERE c.topic_id = (SELECT id FROM topic WHERE path = ?) AND c.talk_id = t.id)"
                    : "EXISTS (SELECT 1 FROM talk_topic tt WHERE tt.topic_id = (SELECT id FROM topic WHERE path = ?) AND tt.talk_id = t.id)";
        }

        public Reads reads() {
            return Reads.ID_LISTS;
        }

        public double selectivity() {
            return subtree ? 0.1 : 0.05;
        }

        public int rank() {
            return 1;
        }
    }

    /**
     * Talks with a transcript cue matching an FTS5 expression (built by the query compiler), found in {@code said_fts}: a
     * {@code said:} term. Kept apart from {@link Words}, so what was said never ranks a talk's own words; each term
     * is its own condition, so {@code said:a said:b} finds talks where both were said, not necessarily in one cue.
     */
    public record Said(String expression) implements Condition {
        /** A folded said: term as an FTS5 string (quotes doubled): a phrase of its words, as the tokenizer split the cues. */
        public static String expression(String term) {
            return "\"" + term.replace("\"", "\"\"") + "\"";
        }

        public String sql() {
            return "t.id IN (" + idsSql() + ")";
        }

        /** SQL selecting the ids (as {@code talk_id}) of the talks with a matching cue, the expression as parameter. */
        public String idsSql() {
            return "SELECT rowid AS talk_id FROM said_fts WHERE said_fts MATCH ?";
        }

        public List<Object> params() {
            return List.of(expression);
        }

        public Reads reads() {
            return Reads.ID_LISTS;
        }

        public double selectivity() {
            return 0.05;
        }

        public int rank() {
            return 1;
        }
    }

    /**
     * Talks with a speaker whose name has a word, or (prefix) a word starting with {@code word}, found in the speakers'
     * own index {@code speaker_fts} (decision 0043): a short prefix there merges the words of a few thousand names, where
     * in {@code talk_fts} it merged every word of every column before keeping the speakers'. Only for one word as the
     * tokenizer splits names ({@link TokenChars#isCertainlyOneWord}): a phrase in {@code talk_fts} can run from one speaker's name into the
     * next one's, which no row of {@code speaker_fts} holds. Does not rank.
     */
    public record Speaker(String word, boolean prefix) implements Condition {
        /** The word as an FTS5 string (quotes doubled, though a word has none), a prefix when asked. */
        public String expression() {
            return "\"" + word.replace("\"", "\"\"") + "\"" + (prefix ? "*" : "");
        }

        public String sql() {
            return "t.id IN (" + idsSql() + ")";
        }

        /**
         * SQL selecting the ids (as {@code talk_id}) of the talks with a matching speaker, the expression as parameter: the
         * matching speakers' entries of {@code talk_speaker_by_speaker}. A talk with two of them is listed twice.
         */
        public String idsSql() {
            return """
                    SELECT ts.talk_id FROM talk_speaker ts
                     WHERE ts.speaker_id IN (SELECT rowid FROM speaker_fts WHERE speaker_fts MATCH ?)""";
        }

        /**
         * SQL true when talk {@code t} has a matching speaker, by a seek of the talk's own speakers (the expression as
         * parameter): checking a few talks this way costs no gathering of every matching talk first ({@link #sql} builds
         * that list, 38,831 talks for {@code speaker:a} at 100,000 talks, before it checks the first one). The unary plus
         * keeps SQLite on the talk's entries: by the speaker's index it seeks every matching speaker for each talk.
         */
        public String probeSql() {
            return """
                    EXISTS (SELECT 1 FROM talk_speaker ts
                             WHERE ts.talk_id = t.id AND +ts.speaker_id IN (SELECT rowid FROM speaker_fts WHERE speaker_fts MATCH ?))""";
        }

        public List<Object> params() {
            return List.of(expression());
        }

        public Reads reads() {
            return Reads.ID_LISTS;
        }

        /** A guess from the length: one letter starts a word of a third of the names, two letters of a twentieth. */
        public double selectivity() {
            int letters = word.codePointCount(0, word.length());
            return !prefix || letters > 2 ? 0.01 : letters == 2 ? 0.05 : 0.3;
        }

        public int rank() {
            return 1;
        }
    }

    /**
     * Conditions on columns the narrow indexes hold (year, duration, rating, status, added, media kind, id). When the
     * condition reads one column that has an index of its own, {@code index} names it (else null): alone in a
     * filter, that index answers it without a scan of the whole narrow index (a range of it is read). When the talks
     * that fail the condition are a filter of their own the compiler knows ({@code complement}: a negation's inner
     * filter, the other statuses of a status; else null), that filter gathers them with its own index.
     */
    public record Columns(String sql, List<Object> params, double selectivity, String index, TalkFilter complement)
            implements Condition {
        public Columns {
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }

        public Columns(String sql, List<Object> params, double selectivity, String index) {
            this(sql, params, selectivity, index, null);
        }

        public Columns(String sql, List<Object> params, double selectivity) {
            this(sql, params, selectivity, null, null);
        }

        public Reads reads() {
            return Reads.NARROW_COLUMNS;
        }

        public int rank() {
            return 2;
        }
    }

    /**
     * Talks any of the alternatives selects (an "or" over words, topics or other id lists): each alternative can
     * be gathered by its own plan and the results joined, instead of every talk being checked against them all.
     */
    public record AnyOf(List<TalkFilter> alternatives) implements Condition {
        public AnyOf {
            alternatives = List.copyOf(alternatives);
        }

        public String sql() {
            return alternatives.stream().map(f -> "(" + f.sql() + ")").collect(Collectors.joining(" OR "));
        }

        public List<Object> params() {
            List<Object> all = new ArrayList<>();
            alternatives.forEach(f -> all.addAll(f.params()));
            return all;
        }

        public Reads reads() {
            return alternatives.stream().map(TalkFilter::reads).max(Comparator.naturalOrder()).orElse(Reads.NARROW_COLUMNS);
        }

        public double selectivity() {
            return Math.min(1, alternatives.stream().mapToDouble(TalkFilter::selectivity).sum());
        }

        public int rank() {
            return 3;
        }
    }

    /**
     * Any other condition (a playlist, a "not" over mixed parts, the description), with what it reads. A "not" keeps the
     * filter it negates ({@code complement}; else null): the talks it leaves out are gathered by that filter's own plan.
     * When the talks it selects are the entries of one list ({@code has:notes}: the notes' talks; a playlist's items),
     * {@code idsSql} selects them as {@code talk_id} from that list's own index (a talk may come more than once; else
     * null), with the same parameters.
     */
    public record Other(String sql, List<Object> params, Reads reads, double selectivity, TalkFilter complement,
                        String idsSql) implements Condition {
        public Other {
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }

        public Other(String sql, List<Object> params, Reads reads, double selectivity, TalkFilter complement) {
            this(sql, params, reads, selectivity, complement, null);
        }

        public Other(String sql, List<Object> params, Reads reads, double selectivity) {
            this(sql, params, reads, selectivity, null, null);
        }

        /** A condition selecting the talks {@code idsSql} lists: its SQL is {@code t.id IN (idsSql)}. */
        public static Other listed(String idsSql, List<Object> params, double selectivity) {
            return new Other("t.id IN (" + idsSql + ")", params, Reads.ID_LISTS, selectivity, null, idsSql);
        }

        public int rank() {
            return 4;
        }
    }

    private static final Comparator<Condition> CANONICAL = Comparator.comparingInt(Condition::rank)
            .thenComparingDouble(Condition::selectivity)
            .thenComparing(Condition::sql)
            .thenComparing(c -> c.params().toString());

    public TalkFilter {
        conditions = List.copyOf(canonical(conditions));
    }

    private static List<Condition> canonical(List<Condition> parts) {
        List<Condition> flat = new ArrayList<>();
        List<FullText> words = new ArrayList<>();
        for (Condition c : parts) {
            if (c instanceof Words w) {
                if (!words.contains(w.text())) {
                    words.add(w.text());
                }
            } else if (!flat.contains(c)) {
                flat.add(c);
            }
        }
        // Two word conditions are one lookup in the search index: their expressions joined by AND.
        if (words.size() == 1) {
            flat.add(new Words(words.get(0)));
        } else if (words.size() > 1) {
            flat.add(new Words(new FullText.All(words)));
        }
        flat.sort(CANONICAL);
        return flat;
    }

    /** Talks whose search-index row matches a full-text expression (one built by the query compiler). */
    public static TalkFilter fullText(FullText text) {
        return of(new Words(text));
    }

    /** Talks whose search-index row does not match a full-text expression. */
    public static TalkFilter notFullText(FullText text) {
        return of(new NoWords(text));
    }

    /** Talks with a topic or one below it. */
    public static TalkFilter inTopicTree(String path) {
        return of(new Topic(path, true));
    }

    /** Talks given exactly this topic. */
    public static TalkFilter inTopic(String path) {
        return of(new Topic(path, false));
    }

    /** Conditions on narrow-index columns, with no estimate of how many talks pass (taken as a third). */
    public static TalkFilter of(String sql, Object... params) {
        return of(new Columns(sql, Arrays.asList(params), 1.0 / 3));
    }

    public static TalkFilter of(Condition condition) {
        return new TalkFilter(List.of(condition));
    }

    /** Both filters: the conjunction of their parts, in canonical order. */
    public TalkFilter and(TalkFilter other) {
        List<Condition> all = new ArrayList<>(conditions);
        all.addAll(other.conditions);
        return new TalkFilter(all);
    }

    public boolean isAll() {
        return conditions.isEmpty();
    }

    /** The condition as SQL over {@code talk t}: its parts joined by AND, in canonical order. */
    public String sql() {
        if (conditions.isEmpty()) {
            return "1";
        }
        if (conditions.size() == 1) {
            return conditions.get(0).sql();
        }
        return conditions.stream().map(c -> "(" + c.sql() + ")").collect(Collectors.joining(" AND "));
    }

    /**
     * The condition as SQL over {@code talk t} for checking a few talks one by one (the matches of rare words): as
     * {@link #sql()}, but a speaker term, also under a "not" or an "or", seeks each talk's own speakers
     * ({@link Speaker#probeSql}) instead of gathering all its talks first. The parameters are {@link #params()}.
     */
    public String probeSql() {
        if (conditions.isEmpty()) {
            return "1";
        }
        if (conditions.size() == 1) {
            return probeSql(conditions.get(0));
        }
        return conditions.stream().map(c -> "(" + probeSql(c) + ")").collect(Collectors.joining(" AND "));
    }

    private static String probeSql(Condition c) {
        if (c instanceof Speaker s) {
            return s.probeSql();
        } else if (c instanceof Other o && o.complement() != null) {
            return "NOT coalesce((" + o.complement().probeSql() + "), 0)";
        } else if (c instanceof AnyOf a) {
            return a.alternatives().stream().map(f -> "(" + f.probeSql() + ")").collect(Collectors.joining(" OR "));
        }
        return c.sql();
    }

    /**
     * The condition as SQL over {@code talk t} for checking talks known by their ids: as {@link #sql()}, but each topic
     * seeks the talk in its own index ({@link Topic#probeSql}) instead of gathering all its talks first (775,420 for
     * {@code tag:python} at a million talks). The parameters are {@link #params()}.
     */
    public String seekSql() {
        if (conditions.isEmpty()) {
            return "1";
        }
        return conditions.stream().map(c -> "(" + (c instanceof Topic t ? t.probeSql() : c.sql()) + ")")
                .collect(Collectors.joining(" AND "));
    }

    /**
     * True when every part is a {@link Columns} condition, a {@link Topic} or an {@link Other} whose talks are one list:
     * each can be checked for one talk by a seek.
     */
    public boolean onlyColumnsTopicsAndLists() {
        return conditions.stream().allMatch(c -> c instanceof Columns || c instanceof Topic
                || c instanceof Other o && o.idsSql() != null);
    }

    /**
     * The parts whose talks an index of their own lists: column conditions with such an index and conditions whose talks
     * are one list ({@link Other#idsSql}), the most selective (by the compiler's guess) first.
     */
    public List<Condition> ownIndexParts() {
        return conditions.stream().filter(c -> c instanceof Columns col && col.index() != null
                        || c instanceof Other o && o.idsSql() != null)
                .sorted(Comparator.comparingDouble(Condition::selectivity)).toList();
    }

    /** The parameters of {@link #sql()}, in its order. */
    public List<Object> params() {
        List<Object> all = new ArrayList<>();
        conditions.forEach(c -> all.addAll(c.params()));
        return all;
    }

    /** What evaluating the whole filter reads: the dearest of its parts. */
    public Reads reads() {
        return conditions.stream().map(Condition::reads).max(Comparator.naturalOrder()).orElse(Reads.NARROW_COLUMNS);
    }

    /** The estimated share of the library that passes (parts taken as independent). */
    public double selectivity() {
        return conditions.stream().mapToDouble(Condition::selectivity).reduce(1.0, (a, b) -> a * b);
    }

    /** The FTS5 expression every talk of this filter matches, when it has one. */
    public Optional<FullText> words() {
        return conditions.stream().filter(c -> c instanceof Words).map(c -> ((Words) c).text()).findFirst();
    }

    /** This filter without its words: what a search driven by the word matches still checks. */
    public TalkFilter withoutWords() {
        return without(Words.class);
    }

    /** The most selective speaker term of this filter, when it has one. */
    public Optional<Speaker> speaker() {
        return conditions.stream().filter(c -> c instanceof Speaker).map(c -> (Speaker) c).findFirst();
    }

    /** The first words condition of this filter, when it has one. */
    public Optional<Words> firstWords() {
        return conditions.stream().filter(c -> c instanceof Words).map(c -> (Words) c).findFirst();
    }

    /** The most selective topic of this filter, when it has one. */
    public Optional<Topic> topic() {
        return conditions.stream().filter(c -> c instanceof Topic).map(c -> (Topic) c).findFirst();
    }

    /** This filter without the condition given. */
    public TalkFilter without(Condition condition) {
        List<Condition> rest = new ArrayList<>(conditions);
        rest.remove(condition);
        return new TalkFilter(rest);
    }

    private TalkFilter without(Class<? extends Condition> kind) {
        return new TalkFilter(conditions.stream().filter(c -> !kind.isInstance(c)).toList());
    }

    /** The first "or" of this filter over id lists, when it has one. */
    public Optional<AnyOf> anyOf() {
        return conditions.stream().filter(c -> c instanceof AnyOf).map(c -> (AnyOf) c).findFirst();
    }

    /** The expression when this filter is exactly one {@link NoWords}: it is counted as the rest of the library. */
    public Optional<FullText> onlyNegatedWords() {
        return conditions.size() == 1 && conditions.get(0) instanceof NoWords n ? Optional.of(n.text()) : Optional.empty();
    }

    /** The index of its own column when this filter is exactly one {@link Columns} condition on such a column. */
    public Optional<String> onlyIndexedColumn() {
        return conditions.size() == 1 && conditions.get(0) instanceof Columns c ? Optional.ofNullable(c.index()) : Optional.empty();
    }

    /** The topic when this filter is exactly one {@link Topic}. */
    public Optional<Topic> onlyTopic() {
        return conditions.size() == 1 && conditions.get(0) instanceof Topic t ? Optional.of(t) : Optional.empty();
    }

    /** The talks this filter does not select (a NULL condition selects none, so its talk is here). */
    public TalkFilter not() {
        String sql = "NOT coalesce((" + sql() + "), 0)";
        Reads reads = reads();
        return of(reads == Reads.NARROW_COLUMNS ? new Columns(sql, params(), 1 - selectivity(), null, this)
                : new Other(sql, params(), reads, 1 - selectivity(), this));
    }

    /**
     * The talks this filter does not select, when it reads only narrow-index columns (the compiler's own complement of
     * a single condition, with its own index, else {@link #not()}) or is one "not" over id lists (the filter it
     * negates). A filter most talks pass is read as those that fail it.
     */
    public Optional<TalkFilter> complement() {
        if (isAll()) {
            return Optional.empty();
        }
        if (reads() != Reads.NARROW_COLUMNS) {
            return ownComplement();
        }
        return Optional.of(ownComplement().orElseGet(this::not));
    }

    /**
     * The complement the compiler gave this filter's single condition (ranges of its own index, or the filter a "not"
     * negates), when it has one.
     */
    public Optional<TalkFilter> ownComplement() {
        if (conditions.size() != 1) {
            return Optional.empty();
        }
        Condition only = conditions.get(0);
        return only instanceof Columns c ? Optional.ofNullable(c.complement())
                : only instanceof Other o ? Optional.ofNullable(o.complement()) : Optional.empty();
    }

    /** The filter as one condition, for an "or" or a "not" around it. */
    public Condition asOneCondition() {
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        Reads reads = reads();
        return reads == Reads.NARROW_COLUMNS ? new Columns(sql(), params(), selectivity())
                : new Other(sql(), params(), reads, selectivity());
    }
}
