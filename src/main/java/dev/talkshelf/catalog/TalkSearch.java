package dev.talkshelf.catalog;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs filters against the catalog: ids of one page in the requested order, and counts.
 *
 * <p>Relevance is bm25 with title and speakers weighted above event and tags, and those above description
 * and notes. Scoring costs about a microsecond per matching row, so it is bounded: when the words match at
 * most {@link #EXACT_RANK_MAX} talks every match is scored; beyond that only the newest
 * {@link #RANK_WINDOW} matches are scored and ranked first, and the remaining matches follow newest first.
 * See docs/decisions/0003-search-ranking-at-scale.md.
 */
public final class TalkSearch {
    /** Up to this many matches, every one is scored. */
    static final int EXACT_RANK_MAX = 4_000;
    /** With more matches, the newest this many are scored and lead the list. */
    static final int RANK_WINDOW = 2_000;

    private static final String BM25 = "bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0)";

    private final Database db;

    public TalkSearch(Database db) {
        this.db = db;
    }

    /** The library this runs against (for the facet store and playlists beside it). */
    public Database database() {
        return db;
    }

    public List<TalkId> ids(SearchRequest request) {
        return page(request).ids();
    }

    /** One page of ids in the requested order, with the total number of matches. */
    public SearchResult page(SearchRequest request) {
        return db.read(c -> {
            if (request.sort() == SortKey.RELEVANCE && request.rankMatch() != null) {
                return ranked(c, request);
            }
            return new SearchResult(ordered(c, request), countIn(c, request.filter()));
        });
    }

    public long count(TalkFilter filter) {
        return db.read(c -> countIn(c, filter));
    }

    private SearchResult ranked(Connection c, SearchRequest r) throws SQLException {
        String dir = r.reversed() ? "DESC" : "ASC";
        long matches = longQuery(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH ?", List.of(r.rankMatch()));
        boolean textOnly = r.filter().isFullText(r.rankMatch());
        if (matches <= EXACT_RANK_MAX) {
            List<TalkId> ids = idQuery(c, """
                    SELECT t.id
                      FROM (SELECT rowid AS id, %s AS r FROM talk_fts WHERE talk_fts MATCH ?) f
                      JOIN talk t ON t.id = f.id
                     WHERE %s
                     ORDER BY f.r %s, t.id
                     LIMIT ? OFFSET ?""".formatted(BM25, textOnly ? "1" : r.filter().sql(), dir),
                    concat(List.of(r.rankMatch()), textOnly ? List.of() : r.filter().params(), List.of(r.limit(), r.offset())));
            return new SearchResult(ids, textOnly ? matches : countIn(c, r.filter()));
        }
        // Many matches: score only the newest RANK_WINDOW of them; the other matches follow, newest first.
        String window = "SELECT rowid AS id, %s AS r FROM talk_fts WHERE talk_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
                .formatted(BM25);
        String where = textOnly ? "1" : r.filter().sql();
        List<Object> whereParams = textOnly ? List.of() : r.filter().params();
        List<TalkId> ids = new ArrayList<>(idQuery(c, """
                SELECT t.id FROM (%s) f JOIN talk t ON t.id = f.id
                 WHERE %s
                 ORDER BY f.r %s, t.id
                 LIMIT ? OFFSET ?""".formatted(window, where, dir),
                concat(List.of(r.rankMatch(), RANK_WINDOW), whereParams, List.of(r.limit(), r.offset()))));
        int wanted = r.limit() - ids.size();
        if (wanted > 0) {
            long[] w = longsQuery(c, """
                    SELECT min(f.id), count(*) FROM (%s) f JOIN talk t ON t.id = f.id WHERE %s"""
                    .formatted(window, where), concat(List.of(r.rankMatch(), RANK_WINDOW), whereParams));
            long restOffset = Math.max(0, r.offset() - w[1]);
            if (textOnly) {
                ids.addAll(idQuery(c, """
                        SELECT rowid FROM talk_fts WHERE talk_fts MATCH ? AND rowid < ?
                         ORDER BY rowid DESC LIMIT ? OFFSET ?""", List.of(r.rankMatch(), w[0], wanted, restOffset)));
            } else {
                ids.addAll(idQuery(c, """
                        SELECT t.id FROM talk t WHERE t.id < ? AND (%s)
                         ORDER BY t.id DESC LIMIT ? OFFSET ?""".formatted(where),
                        concat(List.of(w[0]), whereParams, List.of(wanted, restOffset))));
            }
        }
        return new SearchResult(ids, textOnly ? matches : countIn(c, r.filter()));
    }

    private List<TalkId> ordered(Connection c, SearchRequest request) throws SQLException {
        List<Object> params = new ArrayList<>();
        String from = "talk t";
        String order = switch (request.sort()) {
            case RELEVANCE, ADDED -> "t.added " + dir(request, true) + ", t.id " + dir(request, true);
            case TITLE -> "t.sort_title " + dir(request, false) + ", t.id";
            case YEAR -> "t.year IS NULL, t.year " + dir(request, true) + ", t.sort_title";
            case DURATION -> "t.duration_ms IS NULL, t.duration_ms " + dir(request, false) + ", t.id";
            case LAST_WATCHED -> "t.last_played IS NULL, t.last_played " + dir(request, true) + ", t.id";
            case PLAYLIST -> {
                from = "talk t JOIN playlist_item pi ON pi.talk_id = t.id AND pi.playlist_id = ?";
                params.add(request.playlistId());
                yield "pi.ord " + dir(request, false);
            }
        };
        params.addAll(request.filter().params());
        params.add(request.limit());
        params.add(request.offset());
        if (from.equals("talk t") && (request.sort() == SortKey.ADDED || request.sort() == SortKey.RELEVANCE)) {
            // Newest first: walk the narrow filter index from the newest end and stop after one page.
            from = "talk t INDEXED BY talk_filter_by_added";
        }
        return idQuery(c, "SELECT t.id FROM " + from + " WHERE " + request.filter().sql() + " ORDER BY " + order
                + " LIMIT ? OFFSET ?", params);
    }

    private static long countIn(Connection c, TalkFilter filter) throws SQLException {
        if (filter == TalkFilter.ALL) {
            return longQuery(c, "SELECT count(*) FROM talk", List.of());
        }
        if (filter.sql().equals(TalkFilter.fullText("").sql()) && filter.params().size() == 1) {
            return longQuery(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH ?", filter.params());
        }
        // The narrow index holds every filter column: counting scans it instead of the wide talk rows.
        return longQuery(c, "SELECT count(*) FROM talk t INDEXED BY talk_filter_by_added WHERE " + filter.sql(),
                filter.params());
    }

    private static List<TalkId> idQuery(Connection c, String sql, List<?> params) throws SQLException {
        List<TalkId> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(TalkId.of(rs.getLong(1)));
                }
            }
        }
        return ids;
    }

    private static long longQuery(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    private static long[] longsQuery(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    @SafeVarargs
    private static List<Object> concat(List<?>... lists) {
        List<Object> all = new ArrayList<>();
        Arrays.stream(lists).forEach(all::addAll);
        return all;
    }

    /** "ASC"/"DESC": the natural direction of a key, flipped when the request asks for the reverse. */
    private static String dir(SearchRequest r, boolean naturalDescending) {
        return naturalDescending ^ r.reversed() ? "DESC" : "ASC";
    }
}
