package dev.talkshelf.catalog;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.TalkId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The cues of a few talks that hold what was searched for, with the talk's cues to read them in: a page's moments.
 * Read from the packed transcripts, not from an index of every cue: the talks are already found (by
 * {@code said_fts}), and reading a page's transcripts costs less than walking a common word's cues in an index,
 * which also took more room than the text (docs/decisions/0024-saidspeed-one-said-index-row-per-talk.md).
 */
public final class CueSearch {
    /** A talk's cues (each read when asked for), and those that match, in time order. */
    public record Matches(List<Cue> cues, List<Hit> hits) {
        public Matches {
            cues = Collections.unmodifiableList(cues);
            hits = List.copyOf(hits);
        }
    }

    /**
     * A cue holding what was searched for: its place in the transcript, how many of the searched terms it holds, how
     * often they occur in it and how many words it has (what the moments are ranked by, counted as it was found).
     */
    public record Hit(int place, int terms, int occurrences, int words) {
    }

    /** A term found in at least this many transcripts by a search is kept (KeptSaid): below, its page is small. */
    static final int KEEP_AT_LEAST = 100;

    private final Database db;
    private final int keepAtLeast;
    private final KeepingQueue toKeep;

    public CueSearch(Database db) {
        this(db, KEEP_AT_LEAST);
    }

    /** As {@link #CueSearch(Database)}, keeping a term a search finds in at least {@code keepAtLeast} transcripts. */
    public CueSearch(Database db, int keepAtLeast) {
        this(db, keepAtLeast, Runnable::run);
    }

    /** As {@link #CueSearch(Database)}, keeping the terms after the search on {@code keeping} (decision 0083). */
    public CueSearch(Database db, Executor keeping) {
        this(db, KEEP_AT_LEAST, keeping);
    }

    private CueSearch(Database db, int keepAtLeast, Executor keeping) {
        this.db = db;
        this.keepAtLeast = keepAtLeast;
        this.toKeep = new KeepingQueue(db, keeping, (writer, term, noted) -> KeptSaid.keep(writer, term));
    }

    /** Waits until the terms searches asked to keep so far are kept. */
    public void awaitKeeping() throws InterruptedException {
        toKeep.awaitIdle();
    }

    /**
     * How well what was said in each talk matches any of the terms (folded said: terms, each a word or a phrase): its
     * bm25 score over {@code said_fts} (lower is better) for the talks whose transcript holds one, as
     * {@code bm25(said_fts)} scores their "or". bm25 sums one part per term, so each term is scored alone: a kept term
     * from its kept counts (no walk of its index list), any other by {@code said_fts}; a term found in many transcripts
     * is then kept, after the read (decision 0035).
     */
    public Map<TalkId, Double> saidScores(List<String> terms) {
        List<String> worthKeeping = new ArrayList<>();
        Map<Long, Double> sums = db.read(c -> {
            Map<String, Long> kept = KeptSaid.ids(c, terms);
            Bm25.Totals totals = kept.isEmpty() ? null : Bm25.totals(c, "said_fts");
            Map<Long, Double> all = new HashMap<>();
            // In the order FTS5 sums them: the phrases of the query's "or", sorted as the compiler writes it.
            for (String term : terms.stream().sorted(Comparator.comparing(TalkFilter.Said::expression)).toList()) {
                Long id = kept.get(term);
                if (id != null) {
                    List<KeptSaid.Entry> entries = KeptSaid.entries(c, id);
                    double idf = Bm25.idf(totals, entries.size());
                    for (KeptSaid.Entry e : entries) {
                        all.merge(e.talk(), Bm25.score(idf, totals, e.tf(), e.length()), Double::sum);
                    }
                } else if (ftsScores(c, TalkFilter.Said.expression(term), all) >= keepAtLeast) {
                    worthKeeping.add(term);
                }
            }
            return all;
        });
        keep(worthKeeping);
        Map<TalkId, Double> scores = new HashMap<>(sums.size() * 2);
        sums.forEach((talk, score) -> scores.put(new TalkId(talk), score));
        return scores;
    }

    /** Adds bm25 of an expression to the talks' scores; returns how many talks match it. */
    private static int ftsScores(Connection c, String expression, Map<Long, Double> into) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid, bm25(said_fts) FROM said_fts WHERE said_fts MATCH ?")) {
            ps.setString(1, expression);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.merge(rs.getLong(1), rs.getDouble(2), Double::sum);
                    n++;
                }
            }
        }
        return n;
    }

    /** Keeps the terms a search found common, so the next search of them reads their kept rows (decision 0035). */
    private void keep(List<String> terms) {
        toKeep.add(terms, List.of());
    }

    /**
     * The cues holding one of the terms (folded said: terms) of each talk given, in that order; a talk without a
     * transcript, or without such a cue, is left out. One read of the library. A kept term's cues are read from its
     * kept rows; the others are looked for in the talks' cues.
     */
    public Map<TalkId, Matches> matches(List<TalkId> talks, List<String> terms) {
        if (talks.isEmpty() || CueWords.of(terms).isEmpty()) {
            return Map.of();
        }
        // The ids as one JSON parameter, as the talks of a page are read (TalkStore): one statement of the same text
        // for any page, where binding chunks of ids made a statement per chunk size.
        StringBuilder json = new StringBuilder(talks.size() * 7).append('[');
        for (TalkId talk : talks) {
            json.append(json.length() == 1 ? "" : ",").append(talk.value());
        }
        String idList = json.append(']').toString();
        Map<Long, byte[]> packed = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        List<Map<Long, List<Hit>>> keptHits = new ArrayList<>();
        List<String> looked = new ArrayList<>(terms);
        db.read(c -> {
            Map<String, Long> kept = KeptSaid.ids(c, terms);
            for (Map.Entry<String, Long> term : kept.entrySet()) {
                keptHits.add(KeptSaid.hits(c, term.getValue(), idList));
                looked.remove(term.getKey());
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT talk_id, cues, cue_count FROM transcript WHERE talk_id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, idList);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        packed.put(rs.getLong(1), rs.getBytes(2));
                        counts.put(rs.getLong(1), rs.getInt(3));
                    }
                }
            }
            return null;
        });
        CueWords words = CueWords.of(looked);
        // Unpacked and read outside the read transaction: the bytes are ours now. Unpacking a page's transcripts (~5 MB
        // of text for 200 talks), and looking through them for a term not kept, is most of a page's moments: the talks
        // are shared among the common pool's threads and the caller's.
        List<byte[]> blobs = talks.stream().map(t -> packed.get(t.value())).toList();
        Matches[] found = new Matches[talks.size()];
        int shares = Math.max(1, Math.min(talks.size() / MIN_SHARE, ForkJoinPool.getCommonPoolParallelism() + 1));
        IntStream.range(0, shares).parallel().forEach(share -> {
            for (int i = share; i < found.length; i += shares) {
                if (blobs.get(i) != null) {
                    long talk = talks.get(i).value();
                    List<List<Hit>> kept = keptHits.stream().map(m -> m.get(talk)).filter(h -> h != null).toList();
                    found[i] = matchesIn(CuePacking.unpackLazily(blobs.get(i), counts.get(talk)), words, kept);
                }
            }
        });
        Map<TalkId, Matches> all = new LinkedHashMap<>();
        for (int i = 0; i < found.length; i++) {
            if (found[i] != null) {
                all.put(talks.get(i), found[i]);
            }
        }
        return all;
    }

    /** Fewer talks than this are not worth a second thread. */
    private static final int MIN_SHARE = 8;

    /** A talk's hits: those of the terms looked for in its cues and the kept terms' own, one per cue, in time order. */
    private static Matches matchesIn(CuePacking.Lazy cues, CueWords words, List<List<Hit>> kept) {
        List<Hit> hits = words.isEmpty() ? List.of() : hitsIn(cues, words);
        if (kept.size() == 1 && hits.isEmpty()) {
            hits = kept.get(0);
        } else if (!kept.isEmpty()) {
            // Per cue, the terms held, their occurrences added up (each list holds other terms), its words as counted.
            TreeMap<Integer, Hit> byPlace = new TreeMap<>();
            for (List<Hit> list : join(hits, kept)) {
                for (Hit h : list) {
                    byPlace.merge(h.place(), h, (a, b) -> new Hit(a.place(), a.terms() + b.terms(),
                            a.occurrences() + b.occurrences(), a.words()));
                }
            }
            hits = new ArrayList<>(byPlace.values());
        }
        return hits.isEmpty() ? null : new Matches(cues, hits);
    }

    private static List<List<Hit>> join(List<Hit> first, List<List<Hit>> rest) {
        List<List<Hit>> all = new ArrayList<>(rest);
        all.add(first);
        return all;
    }

    /** The cues holding one of the words' terms, each with what it was found holding, in time order. */
    static List<Hit> hitsIn(CuePacking.Lazy cues, CueWords words) {
        List<Hit> hits = new ArrayList<>();
        for (int place = 0; place < cues.size(); place++) {
            long held = cues.held(place, words);
            if (held != CueWords.NONE) {
                hits.add(new Hit(place, CueWords.terms(held), CueWords.occurrences(held), CueWords.wordCount(held)));
            }
        }
        return hits;
    }
}
