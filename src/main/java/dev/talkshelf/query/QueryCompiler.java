package dev.talkshelf.query;

import dev.talkshelf.catalog.FullText;
import dev.talkshelf.catalog.TalkFilter.AnyOf;
import dev.talkshelf.catalog.TalkFilter.Columns;
import dev.talkshelf.catalog.TalkFilter.Condition;
import dev.talkshelf.catalog.TalkFilter.NoWords;
import dev.talkshelf.catalog.TalkFilter.Other;
import dev.talkshelf.catalog.TalkFilter.Reads;
import dev.talkshelf.catalog.TalkFilter.Said;
import dev.talkshelf.catalog.TalkFilter.Speaker;
import dev.talkshelf.catalog.TalkFilter.Topic;
import dev.talkshelf.catalog.TalkFilter.Words;
import dev.talkshelf.catalog.TokenChars;
import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.catalog.TextFold;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.query.Query.And;
import dev.talkshelf.query.Query.Field;
import dev.talkshelf.query.Query.Not;
import dev.talkshelf.query.Query.Op;
import dev.talkshelf.query.Query.Or;
import dev.talkshelf.query.Query.Phrase;
import dev.talkshelf.query.Query.Word;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a query into a {@link TalkFilter} over {@code talk t} and an FTS5 ranking expression.
 *
 * <p>Two rules keep user text out of every language but its own: SQL is assembled only from the fixed
 * fragments in this class, with each value as a {@code ?} parameter; and the FTS5 expressions (which do
 * travel as parameters) are assembled from fixed operators and double-quoted strings, each user term with
 * its quotes doubled, so a term is always just a term to FTS5. Runs of words, phrases and text fields under
 * and/or/not become one FTS5 expression, so {@code python -django} is one index lookup, not two.
 */
public final class QueryCompiler {

    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?(?:(\\d{1,6})s)?");
    private static final Pattern AGE = Pattern.compile("(\\d{1,5})([hdwmy])");
    private static final String PLAYLIST_PROBLEM = "playlist ";
    private static final List<String> HAS = List.of("media", "file", "notes", "description", "rating");
    // Guessed shares of a library, only to order a filter's parts (most selective checked first).
    private static final double HALF = 0.5;
    private static final double YEAR_SHARE = 1.0 / 15;
    /**
     * Most talks of a library are never rated (2 % of a generated one are, rated 1 to 5 alike): a rating condition keeps
     * at most the rated share, each value a fifth of it, whatever the comparison.
     */
    private static final double RATED_SHARE = 0.05;

    private final Clock clock;
    private final PlaylistLookup playlists;
    private final boolean speakerIndex;

    public QueryCompiler(Clock clock, PlaylistLookup playlists) {
        this(clock, playlists, true);
    }

    /**
     * {@code speakerIndex} false: every {@code speaker:} term is searched in the talks' index, as before schema step 24,
     * so tests can hold the speakers' own index to it.
     */
    QueryCompiler(Clock clock, PlaylistLookup playlists, boolean speakerIndex) {
        this.clock = clock;
        this.playlists = playlists;
        this.speakerIndex = speakerIndex;
    }

    public CompiledQuery compile(String text) {
        return compile(Parser.parse(text));
    }

    /**
     * The query, its plain words (bare words and phrases) matching what was said as well as the talks' own text when
     * {@code wordsSaid}: a talk passes a word found in either. Only the talks' own text ranks.
     */
    public CompiledQuery compile(String text, boolean wordsSaid) {
        return compile(Parser.parse(text), wordsSaid);
    }

    public CompiledQuery compile(Query query) {
        return compile(query, false);
    }

    public CompiledQuery compile(Query query, boolean wordsSaid) {
        Context top = new Context(Set.of(), true, new int[1], null, wordsSaid);
        Part part = compile(query, top);
        TalkFilter filter = toFilter(part);
        FullText rank = null;
        if (!top.rankTerms.isEmpty()) {
            // Rank by the expression every result matches when there is one (then the search can be driven by
            // its matches and check only the rest of the filter); else by any of the query's words.
            rank = filter.words().orElseGet(() -> new FullText.Any(List.copyOf(top.rankTerms)));
        }
        String said = top.saidTerms.isEmpty() ? null
                : top.saidTerms.stream().map(QueryCompiler::saidExpression).sorted().collect(Collectors.joining(" OR "));
        return new CompiledQuery(filter, rank, rank == null ? SortKey.ADDED : SortKey.RELEVANCE, top.playlist, said,
                List.copyOf(top.saidTerms));
    }

    // ---- the compiled pieces --------------------------------------------------------------------

    /** What a subtree became: an FTS5 expression, its negation (only an "and" can use it), plain SQL, or everything. */
    private sealed interface Part permits Fts, NegFts, Sql, Everything {
    }

    private record Fts(FullText expr) implements Part {
    }

    private record NegFts(FullText expr) implements Part {
    }

    private record Sql(TalkFilter filter) implements Part {
    }

    private record Everything() implements Part {
    }

    private static final class Context {
        final Set<Long> visiting;
        final boolean collectRank;
        /** Terms compiled so far, shared by the query and every smart playlist it brings in. */
        final int[] terms;
        /** The playlist the query names that brought this part in; null in the query itself. */
        final String within;
        /** Plain words match what was said too (not inside smart playlists: their saved queries mean what they say). */
        final boolean wordsSaid;
        final LinkedHashSet<FullText> rankTerms = new LinkedHashSet<>();
        /** The folded text of said terms outside negations, for choosing moments; shared with nested contexts. */
        final LinkedHashSet<String> saidTerms;
        Playlist playlist;

        Context(Set<Long> visiting, boolean collectRank, int[] terms, String within, boolean wordsSaid) {
            this(visiting, collectRank, terms, within, wordsSaid, new LinkedHashSet<>());
        }

        private Context(Set<Long> visiting, boolean collectRank, int[] terms, String within, boolean wordsSaid,
                        LinkedHashSet<String> saidTerms) {
            this.visiting = visiting;
            this.collectRank = collectRank;
            this.terms = terms;
            this.within = within;
            this.wordsSaid = wordsSaid;
            this.saidTerms = saidTerms;
        }

        Context withoutRank() {
            return new Context(visiting, false, terms, within, wordsSaid, new LinkedHashSet<>());
        }

        void countTerm(int column) {
            if (++terms[0] > QueryLimits.MAX_EXPANDED_TERMS) {
                throw new QueryException(PLAYLIST_PROBLEM + "'" + within + "' makes the search too large: more than "
                        + QueryLimits.MAX_EXPANDED_TERMS + " words and fields with the smart playlists it names", column);
            }
        }
    }

    private Part compile(Query q, Context ctx) {
        if (q instanceof Word w) {
            ctx.countTerm(w.column());
            return ctx.wordsSaid ? textOrSaid(ctx, w.text(), true) : text(ctx, null, w.text(), true);
        } else if (q instanceof Phrase p) {
            ctx.countTerm(p.column());
            return ctx.wordsSaid ? textOrSaid(ctx, p.text(), false) : text(ctx, null, p.text(), false);
        } else if (q instanceof Field f) {
            ctx.countTerm(f.column());
            return field(f, ctx);
        } else if (q instanceof Not n) {
            return negate(n.part(), ctx);
        } else if (q instanceof And a) {
            return and(a.parts(), ctx);
        } else if (q instanceof Or o) {
            return or(o.parts(), ctx);
        }
        return new Everything();
    }

    private Part negate(Query inner, Context ctx) {
        // Words under a negation do not rank, and a playlist named there gives no order.
        Part p = compile(inner, ctx.withoutRank());
        if (p instanceof Fts f) {
            return new NegFts(f.expr());
        } else if (p instanceof NegFts f) {
            return new Fts(f.expr());
        } else if (p instanceof Sql s) {
            return new Sql(s.filter().not());
        }
        return new Sql(TalkFilter.of(NOTHING));
    }

    /**
     * What a "not" over something that matches every talk leaves: no talk. Beside it an "and" finds nothing either, and
     * says so alone: SQLite folds {@code 0 AND x} to {@code 0}, and a plan that named the index of {@code x} (a partial
     * one, such as the rated talks') then had no way to read it ("no query solution", found by the query fuzz test
     * with {@code not "-- --" rating:1..5} as a smart playlist).
     */
    private static final Columns NOTHING = new Columns("0", List.of(), 0);

    private Part and(List<Query> children, Context ctx) {
        List<FullText> positive = new ArrayList<>();
        List<FullText> negative = new ArrayList<>();
        List<Condition> sql = new ArrayList<>();
        for (Query child : children) {
            Part p = compile(child, ctx);
            if (p instanceof Fts f) {
                positive.add(f.expr());
            } else if (p instanceof NegFts f) {
                negative.add(f.expr());
            } else if (p instanceof Sql s) {
                sql.addAll(s.filter().conditions());
            }
        }
        if (sql.contains(NOTHING)) {
            return new Sql(TalkFilter.of(NOTHING));
        }
        List<Condition> filters = new ArrayList<>();
        Part fts = null;
        // "a -b -c" is "a NOT (b OR c)": one level of nesting however many words are left out, so FTS5's parser
        // stack never grows with the number of negations.
        // Sorted, so the expression (and with it the plan and the ranking) is the same in whatever order the terms
        // were typed; FTS5 finds the same talks either way.
        positive.sort(Comparator.comparing(FullText::fts));
        negative.sort(Comparator.comparing(FullText::fts));
        FullText excluded = negative.isEmpty() ? null : anyOf(negative);
        if (!positive.isEmpty()) {
            FullText all = positive.size() == 1 ? positive.get(0) : new FullText.All(positive);
            fts = new Fts(excluded == null ? all : new FullText.Without(all, excluded));
        } else if (excluded != null) {
            if (sql.isEmpty()) {
                return new NegFts(excluded);
            }
            filters.add(new NoWords(excluded));
        }
        if (sql.isEmpty() && filters.isEmpty()) {
            return fts == null ? new Everything() : fts;
        }
        if (fts != null) {
            filters.add(new Words(((Fts) fts).expr()));
        }
        filters.addAll(sql);
        // The parts as data, in the filter's canonical order: the order they were typed in plays no part.
        return new Sql(new TalkFilter(filters));
    }

    private Part or(List<Query> children, Context ctx) {
        List<Part> parts = new ArrayList<>();
        for (Query child : children) {
            parts.add(compile(child, ctx));
        }
        if (parts.stream().anyMatch(p -> p instanceof Everything)) {
            return new Everything();
        }
        if (parts.stream().allMatch(p -> p instanceof Fts)) {
            // Sorted as their FTS5 text in parentheses, so the expression is the same whatever order they were typed in.
            return new Fts(new FullText.Any(parts.stream().map(p -> ((Fts) p).expr())
                    .sorted(Comparator.comparing(e -> "(" + e.fts() + ")")).toList()));
        }
        List<TalkFilter> alternatives = parts.stream().map(QueryCompiler::toFilter)
                .sorted(Comparator.comparing(TalkFilter::sql).thenComparing(f -> f.params().toString())).toList();
        if (alternatives.stream().anyMatch(f -> f.reads() != Reads.NARROW_COLUMNS)) {
            // Over words, topics or other id lists: kept as its alternatives, so each can be gathered by its own plan.
            return new Sql(TalkFilter.of(new AnyOf(alternatives)));
        }
        List<Condition> either = alternatives.stream().map(TalkFilter::asOneCondition).toList();
        List<Object> params = new ArrayList<>();
        either.forEach(c -> params.addAll(c.params()));
        Reads reads = either.stream().map(Condition::reads).max(Comparator.naturalOrder()).orElseThrow();
        double selectivity = Math.min(1, either.stream().mapToDouble(Condition::selectivity).sum());
        return new Sql(condition(either.stream().map(c -> "(" + c.sql() + ")").collect(Collectors.joining(" OR ")), params,
                reads, selectivity));
    }

    /** One condition: on narrow-index columns when that is all it reads, else another kind. */
    private static TalkFilter condition(String sql, List<Object> params, Reads reads, double selectivity) {
        return TalkFilter.of(reads == Reads.NARROW_COLUMNS ? new Columns(sql, params, selectivity)
                : new Other(sql, params, reads, selectivity));
    }

    /** Expressions joined by OR (one alone as it is). */
    private static FullText anyOf(List<FullText> expressions) {
        return expressions.size() == 1 ? expressions.get(0) : new FullText.Any(expressions);
    }

    private static TalkFilter toFilter(Part p) {
        if (p instanceof Fts f) {
            return TalkFilter.fullText(f.expr());
        } else if (p instanceof NegFts f) {
            return TalkFilter.notFullText(f.expr());
        } else if (p instanceof Sql s) {
            return s.filter();
        }
        return TalkFilter.ALL;
    }

    // ---- words ------------------------------------------------------------------------------------

    /**
     * One term as an FTS5 string: the user's text in double quotes (quotes doubled), so FTS5's tokenizer
     * splits it exactly as it split the indexed text and no character of it is FTS5 syntax. A term without a
     * letter or digit has no tokens and matches everything.
     */
    private static Part text(Context ctx, String columns, String text, boolean prefix) {
        return text(ctx, columns, text, prefix, PREFIX_MIN_LETTERS);
    }

    private static Part text(Context ctx, String columns, String text, boolean prefix, int prefixMinLetters) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Everything();
        }
        // Control characters (NUL ends a string inside SQLite's FTS5 parser) separate words, as spaces do.
        String clean = TextFold.fold(text).replaceAll("\\p{Cntrl}", " ");
        FullText term = new FullText.Term(clean, prefix && lastWordLength(clean) >= prefixMinLetters);
        FullText expr = columns == null ? term : new FullText.Column(columns, term);
        if (ctx.collectRank) {
            ctx.rankTerms.add(expr);
        }
        return new Fts(expr);
    }

    /**
     * A word is a prefix from two letters on; one letter is a whole word ({@code c} finds C, {@code r} finds R). A
     * one-letter prefix matched nearly every talk (97.7 % of 100,000 for {@code a}) and, with no prefix index that short,
     * made FTS5 merge the list of every word with that first letter in every column: 180-250 ms at 100,000 talks, past
     * the time limit at a million, for the search the search bar runs after the first key (decision 0044).
     */
    static final int PREFIX_MIN_LETTERS = 2;

    /** Letters and digits in the last word of a term (the one FTS5's {@code *} applies to). */
    static int lastWordLength(String text) {
        int end = text.length();
        while (end > 0 && !TokenChars.isTokenChar(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        int letters = 0;
        while (end > 0 && TokenChars.isTokenChar(text.codePointBefore(end))) {
            if (Character.getType(text.codePointBefore(end)) != Character.NON_SPACING_MARK) {
                letters++;
            }
            end -= Character.charCount(text.codePointBefore(end));
        }
        return letters;
    }

    // ---- what was said ------------------------------------------------------------------------------

    /**
     * A {@code said:} term: talks with a cue holding the word (whole, not as a prefix: over millions of cues a prefix
     * merges the lists of every word it starts) or the quoted phrase. Never ranks: transcripts do not drown titles.
     */
    private static Part said(Field f, Context ctx) {
        requireOp(f, Op.EQ);
        return saidTerm(ctx, f.value()).<Part>map(term -> new Sql(TalkFilter.of(new Said(saidExpression(term)))))
                .orElseGet(Everything::new);
    }

    /** A plain word that may also have been said: the talks whose own text has it, and those whose transcript does. */
    private static Part textOrSaid(Context ctx, String text, boolean prefix) {
        Part own = text(ctx, null, text, prefix);
        if (!(own instanceof Fts f)) {
            return own;
        }
        return saidTerm(ctx, text).<Part>map(term -> new Sql(TalkFilter.of(new AnyOf(List.of(
                TalkFilter.fullText(f.expr()), TalkFilter.of(new Said(saidExpression(term))))))))
                .orElse(own);
    }

    /** The folded term, remembered for moments outside negations; empty when it has no letter or digit. */
    private static Optional<String> saidTerm(Context ctx, String text) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        // Private-use characters out, as they are out of the cues: said_fts keeps U+E000 between two cues, and a phrase
        // holding it would run from one cue into the next.
        String term = TextFold.fold(text).replaceAll("[\\p{Cntrl}\\p{Co}]", " ").strip();
        if (ctx.collectRank) {
            ctx.saidTerms.add(term);
        }
        return Optional.of(term);
    }

    private static String saidExpression(String term) {
        return Said.expression(term);
    }

    // ---- fields -----------------------------------------------------------------------------------

    private Part field(Field f, Context ctx) {
        return switch (f.name()) {
            case "title" -> textField(f, ctx, "title");
            case "speaker" -> speaker(f, ctx);
            case "event" -> textField(f, ctx, "event");
            case "tag" -> tag(f);
            case "year" -> new Sql(numeric(f, "t.year", parseInts(f, 1000, 9999, "is not a year"), YEAR_SHARE));
            case "rating" -> new Sql(rating(f));
            case "status" -> new Sql(status(f));
            case "duration" -> new Sql(duration(f));
            case "added" -> new Sql(added(f));
            case "has" -> new Sql(has(f));
            case "playlist" -> playlist(f, ctx);
            case "said" -> said(f, ctx);
            default -> throw new QueryException("unknown field '" + f.name() + ":'", f.column());
        };
    }

    private static Part textField(Field f, Context ctx, String column) {
        requireOp(f, Op.EQ);
        return text(ctx, column, f.value(), !f.quoted());
    }

    /**
     * A {@code speaker:} term of one word ({@code speaker:a}, {@code speaker:langa}) from the speakers' own index; it
     * selects and does not rank, as other fields beside the words do not. Longer text (two words, {@code o'brien}) is
     * a phrase, which in the talks' index can run from one speaker's name into the next: it stays there, and ranks.
     */
    private Part speaker(Field f, Context ctx) {
        requireOp(f, Op.EQ);
        String folded = TextFold.fold(f.value());
        if (speakerIndex && TokenChars.isCertainlyOneWord(folded)) {
            return new Sql(TalkFilter.of(new Speaker(folded, !f.quoted())));
        }
        // The old compiler (tests' reference) reads every speaker term as before decisions 0043 and 0044.
        return text(ctx, "speakers", f.value(), !f.quoted(), speakerIndex ? PREFIX_MIN_LETTERS : 1);
    }

    private static Part tag(Field f) {
        if (f.op() != Op.EQ && f.op() != Op.EXACT) {
            throw new QueryException("'tag:' takes a topic, or '=' and a topic for that topic alone", f.valueColumn());
        }
        String path = TopicPath.normalize(f.value())
                .orElseThrow(() -> new QueryException("'tag:" + f.value() + "' is not a topic", f.column()));
        return new Sql(TalkFilter.of(new Topic(path, f.op() != Op.EXACT)));
    }

    private static TalkFilter status(Field f) {
        String labels = Arrays.stream(WatchStatus.values()).map(WatchStatus::label).collect(Collectors.joining(", "));
        if (f.op() != Op.EQ && f.op() != Op.EXACT) {
            throw new QueryException("status must be one of " + labels, f.valueColumn());
        }
        WatchStatus s = WatchStatus.parse(f.value())
                .orElseThrow(() -> new QueryException("status must be one of " + labels, f.valueColumn()));
        double share = s == WatchStatus.UNWATCHED ? 0.6 : s == WatchStatus.WATCHED ? 0.2 : 0.1;
        // The other statuses, a range of the status index each: a search beside a common status reads those instead.
        List<Object> others = Arrays.stream(WatchStatus.values()).filter(o -> o != s).map(o -> (Object) o.label()).toList();
        TalkFilter complement = TalkFilter.of(new Columns("t.status IN (" + "?, ".repeat(others.size() - 1) + "?)", others,
                1 - share, COLUMN_INDEXES.get("t.status")));
        return TalkFilter.of(new Columns("t.status = ?", List.of(s.label()), share, COLUMN_INDEXES.get("t.status"), complement));
    }

    private static TalkFilter rating(Field f) {
        long[] v = parseInts(f, 1, 5, "is not a rating (1 to 5)");
        // The ratings the condition keeps, 1 to 5 (an open end of a range reaches the end of the scale).
        long lo = switch (f.op()) {
            case EQ, EXACT, GE -> v[0];
            case GT -> v[0] + 1;
            case LT, LE -> 1;
            case RANGE -> Math.max(1, v[0]);
        };
        long hi = switch (f.op()) {
            case EQ, EXACT, LE -> v[0];
            case LT -> v[0] - 1;
            case GT, GE -> 5;
            case RANGE -> Math.min(5, v[1]);
        };
        double share = Math.max(0, hi - lo + 1) * RATED_SHARE / 5;
        return switch (f.op()) {
            case EQ, EXACT -> columnsOn("t.rating", "t.rating = ?", share, v[0]);
            case LT -> columnsOn("t.rating", "t.rating < ?", share, v[0]);
            case LE -> columnsOn("t.rating", "t.rating <= ?", share, v[0]);
            case GT -> columnsOn("t.rating", "t.rating > ?", share, v[0]);
            case GE -> columnsOn("t.rating", "t.rating >= ?", share, v[0]);
            case RANGE -> between("t.rating", v[0], v[1], share);
        };
    }

    private static TalkFilter has(Field f) {
        requireOp(f, Op.EQ);
        return switch (f.value().toLowerCase(Locale.ROOT)) {
            // media_kind (schema step 5): 0 none, 1 a link, 2 a file; it is in the narrow indexes, media is not.
            case "media" -> columns("t.media_kind > 0", 0.9);
            case "file" -> columns("t.media_kind = 2", 0.1);
            case "notes", "note" -> TalkFilter.of(Other.listed("SELECT n.talk_id FROM note n", List.of(), 0.05));
            case "description" -> TalkFilter.of(new Other("t.description IS NOT NULL AND t.description <> ''", List.of(),
                    Reads.TALK_ROWS, 0.9));
            case "rating" -> columns("t.rating IS NOT NULL", RATED_SHARE);
            default -> throw new QueryException("has: must be one of " + String.join(", ", HAS), f.valueColumn());
        };
    }

    private TalkFilter duration(Field f) {
        if (f.op() == Op.RANGE) {
            String[] ends = ends(f);
            long lo = ends[0].isEmpty() ? Long.MIN_VALUE : durationMs(f, ends[0])[0];
            long hi = ends[1].isEmpty() ? Long.MAX_VALUE : durationMs(f, ends[1])[0];
            // A range written high to low means the same talks as written low to high.
            return between("t.duration_ms", Math.min(lo, hi), Math.max(lo, hi), HALF);
        }
        long[] d = durationMs(f, f.value());
        long ms = d[0];
        long unit = d[1];
        return switch (f.op()) {
            case EQ, EXACT -> columnsOn("t.duration_ms", "t.duration_ms >= ? AND t.duration_ms < ?", 0.02, ms, ms + unit);
            case LT -> columnsOn("t.duration_ms", "t.duration_ms < ?", HALF, ms);
            case LE -> columnsOn("t.duration_ms", "t.duration_ms <= ?", HALF, ms);
            case GT -> columnsOn("t.duration_ms", "t.duration_ms > ?", HALF, ms);
            case GE -> columnsOn("t.duration_ms", "t.duration_ms >= ?", HALF, ms);
            case RANGE -> throw new IllegalStateException();
        };
    }

    /** Milliseconds and the size of the smallest unit written (so {@code duration:30m} is 30:00 to 30:59). */
    private static long[] durationMs(Field f, String text) {
        String v = text.toLowerCase(Locale.ROOT);
        if (v.matches("\\d{1,5}")) {
            return new long[] {Long.parseLong(v) * 60_000, 60_000};
        }
        Matcher m = DURATION.matcher(v);
        if (v.isEmpty() || !m.matches()) {
            throw new QueryException("duration:" + f.op().symbol() + f.value() + " is not a duration (like 90s, 30m, 1h30m)",
                    f.column());
        }
        long ms = 0;
        long unit = 0;
        if (m.group(1) != null) {
            ms += Long.parseLong(m.group(1)) * 3_600_000;
            unit = 3_600_000;
        }
        if (m.group(2) != null) {
            ms += Long.parseLong(m.group(2)) * 60_000;
            unit = 60_000;
        }
        if (m.group(3) != null) {
            ms += Long.parseLong(m.group(3)) * 1_000;
            unit = 1_000;
        }
        return new long[] {ms, unit};
    }

    private TalkFilter added(Field f) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        String v = f.value().toLowerCase(Locale.ROOT);
        if (f.op() == Op.RANGE) {
            String[] ends = ends(f);
            LocalDate from = ends[0].isEmpty() ? null : date(f, ends[0]);
            LocalDate to = ends[1].isEmpty() ? null : date(f, ends[1]);
            if (from != null && to != null && from.isAfter(to)) {
                // A range written latest day first means the same days as written earliest first.
                LocalDate later = from;
                from = to;
                to = later;
            }
            long lo = from == null ? Long.MIN_VALUE : from.atStartOfDay(zone).toInstant().toEpochMilli();
            long hi = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            return between("t.added", lo, hi, HALF);
        }
        if (v.equals("today") || v.equals("yesterday")) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate day = v.equals("today") ? today : today.minusDays(1);
            return addedDay(f, day, zone);
        }
        Matcher age = AGE.matcher(v);
        if (age.matches()) {
            long n = Long.parseLong(age.group(1));
            Duration span = switch (age.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                case "w" -> Duration.ofDays(7 * n);
                case "m" -> Duration.ofDays(30 * n);
                default -> Duration.ofDays(365 * n);
            };
            long since = now.minus(span).toEpochMilli();
            return switch (f.op()) {
                // "<30d" and "30d": younger than 30 days; ">30d": older than that
                case EQ, EXACT, LT, LE -> columns("t.added >= ?", 0.1, since);
                case GT, GE -> columns("t.added < ?", 0.9, since);
                case RANGE -> throw new IllegalStateException();
            };
        }
        LocalDate day = date(f, v);
        return addedDay(f, day, zone);
    }

    private static TalkFilter addedDay(Field f, LocalDate day, ZoneId zone) {
        long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long next = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return switch (f.op()) {
            case EQ, EXACT -> columns("t.added >= ? AND t.added < ?", 0.005, start, next);
            case LT -> columns("t.added < ?", HALF, start);
            case LE -> columns("t.added < ?", HALF, next);
            case GT -> columns("t.added >= ?", HALF, next);
            case GE -> columns("t.added >= ?", HALF, start);
            case RANGE -> throw new IllegalStateException();
        };
    }

    private static LocalDate date(Field f, String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new QueryException("added:" + f.op().symbol() + f.value()
                + " is not a date (like 2024-01-01), an age (like 30d) or 'today'", f.column());
    }

    private Part playlist(Field f, Context ctx) {
        requireOp(f, Op.EQ);
        Playlist p = playlists.find(f.value())
                .orElseThrow(() -> new QueryException("no playlist named '" + f.value() + "'", f.valueColumn()));
        if (ctx.playlist == null && ctx.collectRank) {
            ctx.playlist = p;
        }
        if (!p.isSmart()) {
            return new Sql(TalkFilter.of(new Other("t.id IN (SELECT pi.talk_id FROM playlist_item pi WHERE pi.playlist_id = ?)",
                    List.of(p.id()), Reads.ID_LISTS, 0.01)));
        }
        if (ctx.visiting.contains(p.id())) {
            throw new QueryException(PLAYLIST_PROBLEM + "'" + p.name() + "' includes itself through its query", f.valueColumn());
        }
        if (ctx.visiting.size() >= QueryLimits.MAX_PLAYLIST_NESTING) {
            throw new QueryException(PLAYLIST_PROBLEM + "'" + ctx.within + "' names smart playlists more than "
                    + QueryLimits.MAX_PLAYLIST_NESTING + " deep", f.valueColumn());
        }
        Set<Long> visiting = new LinkedHashSet<>(ctx.visiting);
        visiting.add(p.id());
        try {
            // The smart playlist's own words select; they do not rank the outer query.
            String within = ctx.within == null ? p.name() : ctx.within;
            return new Sql(toFilter(compile(Parser.parse(p.query()), new Context(Set.copyOf(visiting), false, ctx.terms, within, false))));
        } catch (QueryException e) {
            // Reported where this query names the playlist: the user cannot see the saved query's columns.
            String problem = e.problem().startsWith(PLAYLIST_PROBLEM) ? e.problem()
                    : PLAYLIST_PROBLEM + "'" + p.name() + "' has a query that cannot be read: " + e.getMessage();
            throw new QueryException(problem, f.valueColumn());
        }
    }

    // ---- numbers ----------------------------------------------------------------------------------

    /** The value(s) of a numeric field: one for a comparison, two (MIN/MAX for an open end) for a range. */
    private static long[] parseInts(Field f, long min, long max, String problem) {
        if (f.op() == Op.RANGE) {
            String[] ends = ends(f);
            long lo = ends[0].isEmpty() ? Long.MIN_VALUE : parseInt(f, ends[0], min, max, problem);
            long hi = ends[1].isEmpty() ? Long.MAX_VALUE : parseInt(f, ends[1], min, max, problem);
            // A range written high to low means the same values as written low to high.
            return new long[] {Math.min(lo, hi), Math.max(lo, hi)};
        }
        return new long[] {parseInt(f, f.value(), min, max, problem)};
    }

    private static long parseInt(Field f, String text, long min, long max, String problem) {
        if (text.matches("\\d{1,9}")) {
            long v = Long.parseLong(text);
            if (v >= min && v <= max) {
                return v;
            }
        }
        throw new QueryException(f.name() + ":" + f.op().symbol() + f.value() + " " + problem, f.column());
    }

    /** A numeric column compared; {@code share} is the guessed share of the library holding one value. */
    private static TalkFilter numeric(Field f, String column, long[] v, double share) {
        return switch (f.op()) {
            case EQ, EXACT -> columnsOn(column, column + " = ?", share, v[0]);
            case LT -> columnsOn(column, column + " < ?", HALF, v[0]);
            case LE -> columnsOn(column, column + " <= ?", HALF, v[0]);
            case GT -> columnsOn(column, column + " > ?", HALF, v[0]);
            case GE -> columnsOn(column, column + " >= ?", HALF, v[0]);
            case RANGE -> between(column, v[0], v[1], v[0] == Long.MIN_VALUE || v[1] == Long.MAX_VALUE ? HALF
                    : Math.min(1, (v[1] - v[0] + 1) * share));
        };
    }

    private static TalkFilter between(String column, long lo, long hi, double selectivity) {
        return columnsOn(column, column + " BETWEEN ? AND ?", selectivity, lo, hi);
    }

    private static TalkFilter columns(String sql, double selectivity, Object... params) {
        return TalkFilter.of(new Columns(sql, Arrays.asList(params), selectivity));
    }

    /**
     * The columns with an index of their own (catalog/Schema): a condition on one of them alone is read from it. The
     * rating's (step 25) holds only rated talks: every condition on t.rating made here is a comparison, which a talk
     * without a rating fails, so SQLite may read it.
     */
    private static final Map<String, String> COLUMN_INDEXES = Map.of(
            "t.year", "talk_by_year", "t.duration_ms", "talk_by_duration", "t.status", "talk_by_status",
            "t.rating", "talk_rated");

    /** A condition on one column: with that column's own index when it has one. */
    private static TalkFilter columnsOn(String column, String sql, double selectivity, Object... params) {
        return TalkFilter.of(new Columns(sql, Arrays.asList(params), selectivity, COLUMN_INDEXES.get(column)));
    }

    /** "a..b" -> ["a", "b"]; either end may be empty, not both. */
    private static String[] ends(Field f) {
        String v = f.value();
        int dots = v.indexOf("..");
        String lo = v.substring(0, dots);
        String hi = v.substring(dots + 2);
        if ((lo.isEmpty() && hi.isEmpty()) || hi.contains("..")) {
            throw new QueryException(f.name() + ":" + v + " is not a range (like a..b)", f.column());
        }
        return new String[] {lo, hi};
    }

    private static void requireOp(Field f, Op allowed) {
        if (f.op() != allowed && !f.quoted()) {
            throw new QueryException("'" + f.name() + ":' does not compare with '" + f.op().symbol() + "'", f.valueColumn()
                    - (f.op() == Op.RANGE ? 0 : f.op().symbol().length()));
        }
    }
}
