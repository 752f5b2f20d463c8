package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The talks matching each of a few words found in much of the library, kept in the file as bitmaps with their count,
 * so such a word's count and matches cost no walk of its search-index list (5-7 ms at 100,000 talks, ten times that
 * at a million, per walk). A word is kept once a search has counted it in at least {@link #KEEP_MIN_MATCHES} talks
 * and {@link #KEEP_MIN_SHARE} of the library, or when an import ends or a library is upgraded and a sample finds it
 * that common ({@link #keepCommon}); from then on every write transaction updates its bitmaps (every match, and the
 * title matches that rank a common word's many matches) for the talks it touched, from their new search-index text
 * ({@link FtsIndex#refresh}, {@link #apply} at the commit), so they are never stale.
 * See docs/decisions/0028-commonword-kept-words.md and 0032-rank-title-first-beyond-exact-scoring.md.
 *
 * <p>A kept word is what the query compiler makes of one plain word: the prefix expression {@code "word"*}, over
 * every column. Only words of ASCII letters and digits are kept: their tokens need no folding to compare.
 */
final class KeptWords {
    /** A search must count at least this many matches of a word, ... */
    static final long KEEP_MIN_MATCHES = 5_000;
    /** ... in at least this share of the library, before the word is kept. */
    static final double KEEP_MIN_SHARE = 0.2;
    /** At most this many words of three letters or more are kept: each costs every write transaction a little. */
    static final int KEEP_MAX_WORDS = 32;
    /**
     * At most this many two-letter words are kept, beside those. The search index has no prefix index (schema step 27,
     * decision 0054): {@code "co"*} merges the lists of every term starting with "co" (276 of them, 30 ms at 100,000
     * generated talks), so a two-letter word is kept once a search counts it in {@link #KEEP_MIN_MATCHES} talks, whatever
     * its share of the library.
     */
    static final int KEEP_MAX_TWO_LETTER = 32;

    /** The bitmap of every match of a word. */
    private static final int ALL = 0;
    /** The bitmap of the talks with the word in their title: a common word's many matches are ranked by it. */
    private static final int TITLE = 1;

    /** Ids per stored bitmap piece: a write touches the pieces of its talks' ids only (8 KB each). */
    private static final int CHUNK_SHIFT = ChunkedBits.CHUNK_SHIFT;

    /** A kept word's matches: their number and their ids. */
    record Kept(long count, BitSet ids) {
    }

    private KeptWords() {
    }

    /** The title matches of a word asked for in the title alone, when it is kept. */
    private static Optional<BitSet> keptInTitle(Connection c, String word) throws SQLException {
        return present(c) && isKept(c, word) ? Optional.of(bits(c, word, TITLE)) : Optional.empty();
    }

    /**
     * How many talks match an expression, when it is a kept word or an "and" of kept words, or one of those with words
     * left out ({@code ("python"*) NOT ("django"*)}: only the left-out words' matches are read from the search index).
     */
    static OptionalLong count(Connection c, FullText expression) throws SQLException {
        Optional<String> inTitle = expression.titleKeptWord();
        if (inTitle.isPresent()) {
            Optional<BitSet> ids = keptInTitle(c, inTitle.get());
            return ids.isPresent() ? OptionalLong.of(ids.get().cardinality()) : OptionalLong.empty();
        }
        Optional<List<String>> words = expression.keptWords();
        if (words.isEmpty() && (expression.keptWordsLeftOut().isPresent() || expression.alternatives().isPresent())) {
            Optional<Kept> all = read(c, expression);
            return all.isPresent() ? OptionalLong.of(all.get().count()) : OptionalLong.empty();
        }
        if (words.isEmpty() || !present(c)) {
            return OptionalLong.empty();
        }
        if (words.get().size() > 1) {
            Optional<Kept> all = read(c, expression);
            return all.isPresent() ? OptionalLong.of(all.get().count()) : OptionalLong.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT n FROM kept_word WHERE word = ?")) {
            ps.setString(1, words.get().get(0));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Whether {@link #count} reads the expression's matches ({@link #read}) to count them: words left out, an "or", an
     * "and" of words; not one word (its number is kept) nor a word in the title.
     */
    static boolean countsByReading(FullText expression) {
        if (expression.titleKeptWord().isPresent()) {
            return false;
        }
        Optional<List<String>> words = expression.keptWords();
        return words.isEmpty() ? expression.keptWordsLeftOut().isPresent() || expression.alternatives().isPresent()
                : words.get().size() > 1;
    }

    /** The matches of an expression, when it is a kept word or an "and" of kept words, or one with words left out. */
    static Optional<Kept> read(Connection c, FullText expression) throws SQLException {
        Optional<String> inTitle = expression.titleKeptWord();
        if (inTitle.isPresent()) {
            return keptInTitle(c, inTitle.get()).map(ids -> new Kept(ids.cardinality(), ids));
        }
        Optional<List<FullText>> either = expression.alternatives();
        if (either.isPresent()) {
            return readEither(c, either.get(), false).map(ids -> new Kept(ids.cardinality(), ids));
        }
        Optional<FullText.Without> sides = expression.keptWordsLeftOut();
        if (sides.isPresent()) {
            if (leavesOutEveryMatch(sides.get())) {
                return Optional.of(new Kept(0, new BitSet()));
            }
            Optional<Kept> kept = read(c, sides.get().kept());
            if (kept.isEmpty()) {
                return kept;
            }
            BitSet ids = kept.get().ids();
            Optional<Kept> keptOut = read(c, sides.get().leftOut());
            if (keptOut.isPresent()) {
                ids.andNot(keptOut.get().ids());
                return Optional.of(new Kept(ids.cardinality(), ids));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(rowid) FROM talk_fts WHERE talk_fts MATCH ?")) {
                ps.setString(1, sides.get().leftOut().fts());
                try (ResultSet rs = ps.executeQuery()) {
                    ids.andNot(IdText.firstColumnSet(rs));
                }
            }
            return Optional.of(new Kept(ids.cardinality(), ids));
        }
        Optional<List<String>> words = expression.keptWords();
        if (words.isEmpty() || !present(c)) {
            return Optional.empty();
        }
        BitSet all = null;
        long count = 0;
        for (String word : words.get()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT n FROM kept_word WHERE word = ?")) {
                ps.setString(1, word);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    count = rs.getLong(1);
                }
            }
            BitSet ids = bits(c, word, ALL);
            if (all == null) {
                all = ids;
            } else {
                all.and(ids);
            }
        }
        return Optional.of(new Kept(words.get().size() == 1 ? count : all.cardinality(), all));
    }

    /**
     * Whether the words left out take every talk the kept side matches, known from the words alone: a left-out prefix
     * word that starts a word of the kept side ({@code python -py}, {@code python -pyt}, {@code data python -da}). Every
     * match of the kept side has a token starting with each of its words, so a token starting with the left-out word too.
     * Reading the left-out word's matches to learn this merged the list of every term it starts (hundreds for two
     * letters: 0.2-0.3 s at a million talks), to find nothing.
     */
    static boolean leavesOutEveryMatch(FullText.Without sides) {
        Optional<List<String>> words = sides.kept().keptWords();
        if (words.isEmpty()) {
            return false;
        }
        List<FullText> leftOut = sides.leftOut().alternatives().orElse(List.of(sides.leftOut()));
        for (FullText alternative : leftOut) {
            Optional<String> prefix = alternative.keptWord();
            if (prefix.isPresent() && words.get().stream().anyMatch(w -> w.startsWith(prefix.get()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matches of words with words left out ({@code rust -python}) when the left-out side is kept, or in part (an "or"
     * one of whose alternatives is kept), and the kept side is not ({@link #read} reads it then): the kept side's list
     * from the search index, less the left-out bitmaps. FTS5's NOT walked the left-out word's whole list (python's
     * 924,737 matches at a million talks, merged from every term it starts) once for the count and again for the page.
     */
    static Optional<Kept> readBesideKeptLeftOut(Connection c, FullText expression) throws SQLException {
        Optional<FullText.Without> sides = expression.keptWordsLeftOut();
        if (sides.isEmpty() || !present(c)) {
            return Optional.empty();
        }
        Optional<Kept> keptOut = read(c, sides.get().leftOut());
        if (keptOut.isEmpty()) {
            return Optional.empty();
        }
        Optional<BitSet> partly = readPartly(c, sides.get().kept(), false);
        BitSet ids = partly.isPresent() ? partly.get() : matches(c, sides.get().kept());
        ids.andNot(keptOut.get().ids());
        return Optional.of(new Kept(ids.cardinality(), ids));
    }

    /**
     * The talks whose title alone matches an expression ({@code {title} : (expression)}), when it is a kept word or an
     * "and" of kept words; for one with words left out, the title matches of its kept side (within the expression's
     * matches, which lack the left-out words everywhere, that is the same). Only meaningful within the matches.
     */
    static Optional<BitSet> titleIds(Connection c, FullText expression) throws SQLException {
        Optional<String> inTitle = expression.titleKeptWord();
        if (inTitle.isPresent()) {
            return keptInTitle(c, inTitle.get());
        }
        Optional<List<FullText>> either = expression.alternatives();
        if (either.isPresent()) {
            return readEither(c, either.get(), true);
        }
        Optional<FullText.Without> sides = expression.keptWordsLeftOut();
        Optional<List<String>> words = (sides.isPresent() ? sides.get().kept() : expression).keptWords();
        if (words.isEmpty() || !present(c)) {
            return Optional.empty();
        }
        BitSet all = null;
        for (String word : words.get()) {
            if (!isKept(c, word)) {
                return Optional.empty();
            }
            BitSet ids = bits(c, word, TITLE);
            if (all == null) {
                all = ids;
            } else {
                all.and(ids);
            }
        }
        return Optional.of(all);
    }

    /**
     * The matches (or, {@code inTitle}, the title matches) of an "and" of words some but not all of which are kept, or of
     * one with words left out ({@code (A AND B) NOT (C)}): the kept words' bitmaps and the other words' matches read from
     * the search index as one "and". FTS5 merges the list of every term a prefix of three letters or more starts (no
     * prefix index of that length), so {@code ("asyncio"*) AND ("python"*)} read {@code python}'s 924,737 matches at a
     * million talks (~130 ms) to find 35,281; {@code "asyncio"*} alone is ~5 ms (decision 0050). An "and" of words
     * holds exactly the talks each word holds, and {@code {title} : (A AND B)} the talks with each word in the title, so
     * the list is the one FTS5 gives. In the title, words left out are not looked at: only meaningful within the
     * expression's matches, as {@link #titleIds}. Empty when no word, or every word, is kept (then {@link #read}).
     */
    static Optional<BitSet> readPartly(Connection c, FullText expression, boolean inTitle) throws SQLException {
        Optional<FullText.Without> sides = expression.keptWordsLeftOut();
        FullText and = sides.isPresent() ? sides.get().kept() : expression;
        Optional<List<String>> words = and.keptWords();
        if (words.isEmpty() || words.get().size() < 2 || !present(c)) {
            return Optional.empty();
        }
        BitSet all = null;
        List<FullText> others = new ArrayList<>();
        for (String word : words.get()) {
            if (isKept(c, word)) {
                BitSet ids = bits(c, word, inTitle ? TITLE : ALL);
                if (all == null) {
                    all = ids;
                } else {
                    all.and(ids);
                }
            } else {
                others.add(expression(word));
            }
        }
        if (all == null || others.isEmpty()) {
            return Optional.empty();
        }
        // One word alone in parentheses, as the words were joined before the plan was data: the same text for FTS5.
        FullText rest = others.size() == 1 ? new FullText.Any(others) : new FullText.All(others);
        all.and(matches(c, inTitle ? rest.inTitle() : rest));
        if (sides.isPresent() && !inTitle) {
            Optional<Kept> keptOut = read(c, sides.get().leftOut());
            all.andNot(keptOut.isPresent() ? keptOut.get().ids() : matches(c, sides.get().leftOut()));
        }
        return Optional.of(all);
    }

    /**
     * The matches (or the title matches) of an "or" of alternatives, when at least one of them is kept: the kept ones'
     * bitmaps, the others' matches read from the search index (a rare word's list is short).
     */
    private static Optional<BitSet> readEither(Connection c, List<FullText> alternatives, boolean inTitle) throws SQLException {
        BitSet all = new BitSet();
        List<FullText> notKept = new ArrayList<>();
        for (FullText alternative : alternatives) {
            Optional<BitSet> kept = inTitle ? titleIds(c, alternative) : read(c, alternative).map(Kept::ids);
            if (kept.isPresent()) {
                all.or(kept.get());
            } else {
                notKept.add(alternative);
            }
        }
        // None kept: the caller reads the whole expression. The others' matches were read before this was known, so
        // "django or flask" read both words' lists three times over for nothing, a third of its search (decision 0047).
        if (notKept.size() == alternatives.size()) {
            return Optional.empty();
        }
        for (FullText alternative : notKept) {
            all.or(matches(c, inTitle ? alternative.inTitle() : alternative));
        }
        return Optional.of(all);
    }

    static boolean isKept(Connection c, String word) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM kept_word WHERE word = ?")) {
            ps.setString(1, word);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Whether this library has the tables (schema step 16); a write during an older step's migration has not. */
    static boolean present(Connection c) throws SQLException {
        return Schema.hasTable(c, "kept_word");
    }

    /** The kept words. */
    static List<String> words(Connection c) throws SQLException {
        List<String> words = new ArrayList<>();
        if (!present(c)) {
            return words;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT word FROM kept_word ORDER BY word")) {
            while (rs.next()) {
                words.add(rs.getString(1));
            }
        }
        return words;
    }

    /**
     * Whether a search that counted {@code matches} of an expression in a library of {@code talks} should keep it
     * ({@code minMatches}: {@link #KEEP_MIN_MATCHES}, lower in tests).
     */
    static boolean worthKeeping(FullText expression, long matches, long talks, long minMatches) {
        Optional<List<String>> words = expression.keptWords();
        return words.isPresent() && matches >= minMatches
                && (matches >= KEEP_MIN_SHARE * talks || words.get().stream().allMatch(KeptWords::twoLetter));
    }

    /** Whether a kept word is a two-letter one, with an allowance of its own ({@link #KEEP_MAX_TWO_LETTER}). */
    static boolean twoLetter(String word) {
        return word.length() == 2;
    }

    /** Whether one more word of the kind of {@code word} may be kept beside {@code kept}. */
    private static boolean roomFor(List<String> kept, String word) {
        long sameKind = kept.stream().filter(w -> twoLetter(w) == twoLetter(word)).count();
        return sameKind < (twoLetter(word) ? KEEP_MAX_TWO_LETTER : KEEP_MAX_WORDS);
    }

    /**
     * Keeps a word inside a write: its matches read once from the search index. Nothing happens when it is kept
     * already or {@link #KEEP_MAX_WORDS} are.
     */
    static void keep(Connection writer, String word) throws SQLException {
        keep(writer, word, 0);
    }

    /**
     * Keeps a word inside a write when it matches at least {@code minMatches} talks (its matches read once from the
     * search index, and its title matches once more). Nothing happens when it is kept already or
     * {@link #KEEP_MAX_WORDS} are. Whether it is kept now.
     */
    static boolean keep(Connection writer, String word, long minMatches) throws SQLException {
        if (!present(writer)) {
            return false;
        }
        List<String> kept = words(writer);
        if (kept.contains(word) || !roomFor(kept, word)) {
            return false;
        }
        BitSet ids = matches(writer, expression(word));
        if (ids.cardinality() < Math.max(1, minMatches)) {
            return false;
        }
        try (PreparedStatement ps = writer.prepareStatement("INSERT INTO kept_word(word, n) VALUES (?, ?)")) {
            ps.setString(1, word);
            ps.setLong(2, ids.cardinality());
            ps.executeUpdate();
        }
        writeAll(writer, word, ALL, ids);
        writeAll(writer, word, TITLE, matches(writer, expression(word).inTitle()));
        return true;
    }

    private static BitSet matches(Connection c, FullText expression) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(rowid) FROM talk_fts WHERE talk_fts MATCH ?")) {
            ps.setString(1, expression.fts());
            try (ResultSet rs = ps.executeQuery()) {
                return IdText.firstColumnSet(rs);
            }
        }
    }

    private static void writeAll(Connection writer, String word, int part, BitSet ids) throws SQLException {
        ChunkedBits.writeWhole(writer, "kept_word_ids", List.of("word", "part"), List.of(word, part), ids);
    }

    /** Talks read to guess which words are common, spread evenly over the ids. */
    static final int COMMON_SAMPLE = 1_000;
    /** At most this many words are kept at once by {@link #keepCommon}. */
    static final int KEEP_COMMON_MAX = 6;
    /** At most this many two-letter words are kept at once by {@link #keepCommon}, beside those. */
    static final int KEEP_COMMON_TWO_LETTER_MAX = 8;
    /** The share of the sample whose titles, events or topics start a word with two letters for them to be tried. */
    static final double TWO_LETTER_SAMPLE_SHARE = 0.05;
    /**
     * Words too common in English prose to be searched alone: a sample's commonest words are mostly these, and keeping
     * one costs every write a little for no search.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "to", "in", "a", "is", "for", "on", "with",
            "this", "that", "we", "you", "how", "be", "are", "it", "as", "an", "at", "by", "from", "or", "will", "can",
            "about", "our", "your", "what", "not", "have", "has", "but", "which", "their", "they", "more", "all", "into",
            "also", "these", "its", "some", "one", "i", "talk", "was", "do", "if", "so", "there", "use", "using", "s");

    /**
     * Keeps the commonest words of a library that a search would keep, in one write, so the first searches of a large
     * library need no walk of their lists: called at the end of an import and after an upgrade. A search stopped by its
     * time limit keeps nothing (a million talks: the first count of {@code python} alone takes about a second), so
     * without this the commonest words of a large library might never be kept. The candidates are the words (ASCII
     * letters and digits, not {@link #FUNCTION_WORDS}) in at least {@link #KEEP_MIN_SHARE} of an even sample of
     * {@link #COMMON_SAMPLE} talks' titles, events and topics (what people search for: descriptions put forward
     * {@code https}, {@code org} and licence words); each is kept only when its exact count over every column (one
     * walk) passes what a search asks. Nothing happens in a small library. The words kept now.
     */
    static List<String> keepCommon(Connection writer) throws SQLException {
        return keepCommon(writer, KEEP_MIN_MATCHES);
    }

    /** {@link #keepCommon} with another least number of matches ({@link #KEEP_MIN_MATCHES}; lower in tests). */
    static List<String> keepCommon(Connection writer, long minMatches) throws SQLException {
        if (!present(writer)) {
            return List.of();
        }
        long talks;
        long maxId;
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), max(id) FROM talk")) {
            rs.next();
            talks = rs.getLong(1);
            maxId = rs.getLong(2);
        }
        long min = Math.max(minMatches, (long) Math.ceil(KEEP_MIN_SHARE * talks));
        if (talks < Math.max(1, minMatches)) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        Sample sample = sample(writer, maxId);
        if (talks >= min) {
            for (String word : sample.commonWords()) {
                if (kept.size() >= KEEP_COMMON_MAX) {
                    break;
                }
                if (keep(writer, word, min)) {
                    kept.add(word);
                }
            }
        }
        // Two letters merge the lists of many terms: kept from fewer matches, as a search would keep them.
        int twoLetter = 0;
        for (String prefix : sample.commonTwoLetters()) {
            if (twoLetter >= KEEP_COMMON_TWO_LETTER_MAX) {
                break;
            }
            if (keep(writer, prefix, minMatches)) {
                kept.add(prefix);
                twoLetter++;
            }
        }
        return kept;
    }

    /** What an even sample of talks' titles, events and topics holds, commonest first. */
    private record Sample(List<String> commonWords, List<String> commonTwoLetters) {
    }

    /**
     * The words in at least {@link #KEEP_MIN_SHARE} of an even sample of talks, and the two letters starting a word in
     * at least {@link #TWO_LETTER_SAMPLE_SHARE} of it, commonest first.
     */
    private static Sample sample(Connection c, long maxId) throws SQLException {
        StringBuilder ids = new StringBuilder("[");
        long step = Math.max(1, maxId / COMMON_SAMPLE);
        for (long id = maxId; id > 0 && id > maxId - step * COMMON_SAMPLE; id -= step) {
            ids.append(ids.length() == 1 ? "" : ",").append(id);
        }
        Map<String, Integer> talksWith = new HashMap<>();
        Map<String, Integer> talksWithTwo = new HashMap<>();
        int sampled = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.title, (SELECT e.name FROM event e WHERE e.id = t.event_id),
                       (SELECT group_concat(tp.path, ' ') FROM talk_topic tt JOIN topic tp ON tp.id = tt.topic_id
                         WHERE tt.talk_id = t.id)
                  FROM talk t WHERE t.id IN (SELECT value FROM json_each(?))""")) {
            ps.setString(1, ids.append(']').toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sampled++;
                    Set<String> words = new HashSet<>();
                    for (int column = 1; column <= 3; column++) {
                        asciiWords(rs.getString(column), words);
                    }
                    words.forEach(w -> talksWith.merge(w, 1, Integer::sum));
                    Set<String> twos = new HashSet<>();
                    for (String w : words) {
                        if (w.length() >= 2 && !FUNCTION_WORDS.contains(w)) {
                            twos.add(w.substring(0, 2));
                        }
                    }
                    twos.forEach(w -> talksWithTwo.merge(w, 1, Integer::sum));
                }
            }
        }
        int least = (int) Math.ceil(KEEP_MIN_SHARE * sampled);
        int leastTwo = (int) Math.ceil(TWO_LETTER_SAMPLE_SHARE * sampled);
        return new Sample(commonest(talksWith, least, w -> w.length() > 2 && !FUNCTION_WORDS.contains(w)),
                commonest(talksWithTwo, leastTwo, w -> true));
    }

    private static List<String> commonest(Map<String, Integer> talksWith, int least, Predicate<String> worth) {
        return talksWith.entrySet().stream()
                .filter(e -> e.getValue() >= least && worth.test(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The runs of ASCII letters and digits of a text (at most 40 long, as a kept word), in lower case. */
    private static void asciiWords(String text, Set<String> into) {
        if (text == null) {
            return;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean token = i < text.length() && TokenChars.isAsciiTokenChar(text.charAt(i));
            if (token && start < 0) {
                start = i;
            } else if (!token && start >= 0) {
                if (i - start <= 40) {
                    into.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
    }

    /**
     * {@link #keepCommon} in a write of its own, when nobody else writes; the write changes no facet, so kept facet
     * counts stay valid (decision 0040). A busy or read-only library only keeps counting its words.
     */
    static void keepCommonIfFree(Database db) {
        try {
            db.writeIfFree(c -> {
                keepCommon(c);
                return null;
            });
        } catch (CatalogException e) {
            // Only time is lost: the words stay counted from the search index.
        }
    }

    /** Keeps one word or term on the writer: {@link #keep(Connection, String)}, {@link KeptSaid#keep}. */
    interface Keeper {
        void keep(Connection writer, String term) throws SQLException;
    }

    /**
     * Keeps the words or terms a search found common, in one write (once per term and library). The write changes no
     * facet, so kept facet counts stay valid. Only when nobody else writes: a search never waits for an import or
     * another TalkShelf to keep a term, and a library that is busy or cannot be written only means the terms are
     * counted from the search index again next time.
     */
    static void keepWhenFree(Database db, List<String> terms, Keeper keeper) {
        if (terms.isEmpty()) {
            return;
        }
        try {
            db.writeIfFree(c -> {
                for (String term : terms) {
                    keeper.keep(c, term);
                }
                return null;
            });
        } catch (CatalogException e) {
            // Only time is lost: the terms stay counted from the search index.
        }
    }

    /** The search expression of a kept word, as the query compiler writes it. */
    static FullText expression(String word) {
        return FullText.prefix(word);
    }

    /**
     * The talks a write transaction re-indexed, with their new index text (null: no row any more), gathered by
     * {@link FtsIndex#refresh} and applied to the bitmaps at the commit, once.
     */
    static final class Pending {
        /** Per talk: its folded title and its whole folded index text (which holds the title too), or nulls. */
        private final Map<Long, String[]> texts = new LinkedHashMap<>();
        private boolean checked;
        private boolean recording;

        /** Whether the library keeps any word, asked once per transaction (a word kept later in it asks again). */
        boolean recording(Connection c) throws SQLException {
            if (!checked || !recording) {
                recording = !words(c).isEmpty();
                checked = true;
            }
            return recording;
        }

        void touched(long id, String title, String text) {
            texts.put(id, new String[] {title, text});
        }

        void clear() {
            texts.clear();
            checked = false;
            recording = false;
        }
    }

    /**
     * Brings every kept word up to date for the talks the transaction re-indexed: a plain text is read here
     * ({@link #plainMatches}), another goes into a small FTS5 table with the same tokenizer, which is asked each word.
     */
    static void apply(Connection writer, Pending pending) throws SQLException {
        if (pending.texts.isEmpty()) {
            return;
        }
        List<String> words = words(writer);
        if (words.isEmpty()) {
            return;
        }
        KeptFrequencies.forget(writer, words, pending.texts.keySet());
        WordStarts starts = new WordStarts(words);
        Map<Long, Set<String>> known = new HashMap<>();
        Map<Long, Set<String>> knownInTitle = new HashMap<>();
        boolean probed = false;
        PreparedStatement probeInsert = null;
        try {
            for (var e : pending.texts.entrySet()) {
                String title = e.getValue()[0];
                String text = e.getValue()[1];
                Set<String> plain = text == null ? Set.of() : plainMatches(text, starts);
                Set<String> plainTitle = text == null || title == null ? Set.of() : plainMatches(title, starts);
                if (plain != null && plainTitle != null) {
                    known.put(e.getKey(), plain);
                    knownInTitle.put(e.getKey(), plainTitle);
                    continue;
                }
                if (!probed) {
                    try (Statement s = writer.createStatement()) {
                        // The title apart, for the title bitmaps; the text holds it too. A single word never spans
                        // the gap between the parts.
                        s.execute("""
                                CREATE VIRTUAL TABLE IF NOT EXISTS temp.kept_probe USING fts5(
                                    title, text, tokenize = 'unicode61 remove_diacritics 2', content = '')""");
                        s.execute("INSERT INTO temp.kept_probe(kept_probe) VALUES ('delete-all')");
                    }
                    probeInsert = writer.prepareStatement("INSERT INTO temp.kept_probe(rowid, title, text) VALUES (?, ?, ?)");
                    probed = true;
                }
                probeInsert.setLong(1, e.getKey());
                probeInsert.setString(2, title);
                probeInsert.setString(3, text);
                probeInsert.executeUpdate();
            }
        } finally {
            if (probeInsert != null) {
                probeInsert.close();
            }
        }
        update(writer, words, pending.texts.keySet(), known, knownInTitle, probed);
    }

    /**
     * The kept words a talk's index text has, decided here when that is certain, else null (the probe index decides).
     * ASCII letters and digits are token characters to unicode61 and fold to lower case; other ASCII characters, and
     * other characters that are no letter, digit, mark or private-use character, separate tokens. Any other character
     * (an accented letter) may fold to an ASCII letter: a word whose place holds one, or that follows one directly, is
     * left to the probe. So a token starting with a kept word is always found here or sent to the probe.
     */
    static Set<String> plainMatches(CharSequence text, WordStarts starts) {
        List<String> words = starts.words;
        boolean[] found = new boolean[words.size()];
        int foundCount = 0;
        boolean unsure = false;
        int n = text.length();
        for (int i = 0; i < n && foundCount < found.length; i++) {
            char first = text.charAt(i);
            if (i > 0 && TokenChars.isAsciiTokenChar(text.charAt(i - 1))) {
                continue; // inside a token
            }
            if (!TokenChars.isAsciiTokenChar(first) && !TokenChars.mayBeTokenChar(first)) {
                continue; // a separator starts nothing
            }
            boolean afterLetter = i > 0 && TokenChars.mayBeTokenChar(text.charAt(i - 1));
            for (int w : starts.startingWith(first)) {
                if (found[w]) {
                    continue;
                }
                int match = matchAt(text, i, words.get(w));
                if (match == MATCH && !afterLetter) {
                    found[w] = true;
                    foundCount++;
                } else if (match != NO_MATCH) {
                    unsure = true;
                }
            }
        }
        if (unsure && foundCount < found.length) {
            return null;
        }
        Set<String> matched = new HashSet<>();
        for (int w = 0; w < found.length; w++) {
            if (found[w]) {
                matched.add(words.get(w));
            }
        }
        return matched;
    }

    /**
     * The kept words by their first character, so that a token is compared with the few words that can start it
     * ({@link #matchAt} says no at once to a word whose first letter differs from an ASCII one), not with all ~35 at
     * every token of every text an import indexes: 15 % of a generated library's storing thread went there.
     */
    static final class WordStarts {
        private final List<String> words;
        /** For each lower-case ASCII character, the indexes of the words that start with it. */
        private final int[][] byAscii = new int[128][];
        /** Every word: a character beyond ASCII may fold to any letter, and may be any word's first. */
        private final int[] all;

        WordStarts(List<String> words) {
            this.words = List.copyOf(words);
            this.all = IntStream.range(0, words.size()).toArray();
            for (int c = 0; c < byAscii.length; c++) {
                char ch = (char) c;
                // An empty word (never kept) would stand at every token.
                byAscii[c] = IntStream.range(0, words.size())
                        .filter(w -> words.get(w).isEmpty() || words.get(w).charAt(0) == ch).toArray();
            }
        }

        /** The indexes of the words a token starting with {@code ch} may begin with. */
        int[] startingWith(char ch) {
            if (ch >= 128) {
                return all;
            }
            return byAscii[ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch];
        }
    }

    private static final int NO_MATCH = 0;
    private static final int MATCH = 1;
    private static final int MAYBE = 2;

    /** Whether the word's letters stand at {@code start}: ASCII ones compared, any other letter a maybe. */
    private static int matchAt(CharSequence text, int start, String lowerWord) {
        if (start + lowerWord.length() > text.length()) {
            return NO_MATCH;
        }
        int result = MATCH;
        for (int k = 0; k < lowerWord.length(); k++) {
            char ch = text.charAt(start + k);
            if (ch >= 0x80) {
                if (!TokenChars.mayBeTokenChar(ch)) {
                    return NO_MATCH;
                }
                result = MAYBE;
                continue;
            }
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + ('a' - 'A'));
            }
            if (ch != lowerWord.charAt(k)) {
                return NO_MATCH;
            }
        }
        return result;
    }

    /**
     * Brings every kept word up to date for the touched talks, whose current index text is in the probe (talks that
     * no longer exist are not): each touched talk's bit is set exactly when the probe matches the word.
     */
    private static void update(Connection writer, List<String> words, Collection<Long> touched, Map<Long, Set<String>> known,
                               Map<Long, Set<String>> knownInTitle, boolean probed) throws SQLException {
        TreeMap<Integer, List<Integer>> byChunk = ChunkedBits.byPiece(touched);
        for (String word : words) {
            long delta = updatePart(writer, word, ALL, byChunk, known, probed ? expression(word).fts() : null);
            updatePart(writer, word, TITLE, byChunk, knownInTitle, probed ? expression(word).inTitle().fts() : null);
            if (delta != 0) {
                try (PreparedStatement ps = writer.prepareStatement("UPDATE kept_word SET n = n + ? WHERE word = ?")) {
                    ps.setLong(1, delta);
                    ps.setString(2, word);
                    ps.executeUpdate();
                }
            }
        }
        if (probed) {
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO temp.kept_probe(kept_probe) VALUES ('delete-all')");
            }
        }
    }

    /**
     * Sets each touched talk's bit of one bitmap of a word exactly when it matches: as {@code known} says, or as the
     * probe says when asked with {@code probeExpression} (null: nothing was probed). The change in the number of bits set.
     */
    private static long updatePart(Connection writer, String word, int part, TreeMap<Integer, List<Integer>> byChunk,
                                   Map<Long, Set<String>> known, String probeExpression) throws SQLException {
        Set<Long> matching = new HashSet<>();
        known.forEach((id, has) -> {
            if (has.contains(word)) {
                matching.add(id);
            }
        });
        if (probeExpression != null) {
            try (PreparedStatement ps = writer.prepareStatement("SELECT rowid FROM temp.kept_probe WHERE kept_probe MATCH ?")) {
                ps.setString(1, probeExpression);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        matching.add(rs.getLong(1));
                    }
                }
            }
        }
        long delta = 0;
        for (var e : byChunk.entrySet()) {
            int chunk = e.getKey();
            BitSet bits = readChunk(writer, word, part, chunk);
            boolean changed = false;
            for (int low : e.getValue()) {
                boolean was = bits.get(low);
                boolean is = matching.contains(((long) chunk << CHUNK_SHIFT) | low);
                if (was != is) {
                    bits.set(low, is);
                    delta += is ? 1 : -1;
                    changed = true;
                }
            }
            if (changed) {
                writeChunk(writer, word, part, chunk, bits);
            }
        }
        return delta;
    }

    private static BitSet bits(Connection c, String word, int part) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT chunk, bits FROM kept_word_ids WHERE word = ? AND part = ? ORDER BY chunk")) {
            ps.setString(1, word);
            ps.setInt(2, part);
            return ChunkedBits.joined(ps);
        }
    }

    private static BitSet readChunk(Connection c, String word, int part, int chunk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT bits FROM kept_word_ids WHERE word = ? AND part = ? AND chunk = ?")) {
            ps.setString(1, word);
            ps.setInt(2, part);
            ps.setInt(3, chunk);
            return ChunkedBits.piece(ps);
        }
    }

    private static void writeChunk(Connection c, String word, int part, int chunk, BitSet bits) throws SQLException {
        ChunkedBits.write(c, "kept_word_ids", List.of("word", "part"), List.of(word, part), chunk, bits);
    }
}
