package dev.talkshelf.catalog;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Runs filters against the catalog: ids of one page in the requested order, and counts. */
public final class TalkSearch {
    private final Database db;

    public TalkSearch(Database db) {
        this.db = db;
    }

    public List<TalkId> ids(SearchRequest request) {
        List<Object> params = new ArrayList<>();
        String from = "talk t";
        String order;
        switch (request.sort()) {
            case RELEVANCE -> {
                if (request.rankMatch() == null) {
                    order = "t.added DESC, t.id DESC";
                } else {
                    from = "talk t JOIN (SELECT rowid AS id, rank AS r FROM talk_fts WHERE talk_fts MATCH ?) f ON f.id = t.id";
                    params.add(request.rankMatch());
                    order = "f.r " + (request.reversed() ? "DESC" : "ASC") + ", t.id";
                }
            }
            case TITLE -> order = "t.sort_title " + dir(request, false) + ", t.id";
            case ADDED -> order = "t.added " + dir(request, true) + ", t.id DESC";
            case YEAR -> order = "t.year IS NULL, t.year " + dir(request, true) + ", t.sort_title";
            case DURATION -> order = "t.duration_ms IS NULL, t.duration_ms " + dir(request, false) + ", t.id";
            case LAST_WATCHED -> order = "t.last_played IS NULL, t.last_played " + dir(request, true) + ", t.id";
            case PLAYLIST -> {
                from = "talk t JOIN playlist_item pi ON pi.talk_id = t.id AND pi.playlist_id = ?";
                params.add(request.playlistId());
                order = "pi.ord " + dir(request, false);
            }
            default -> throw new IllegalStateException("unknown sort " + request.sort());
        }
        params.addAll(request.filter().params());
        params.add(request.limit());
        params.add(request.offset());
        String sql = "SELECT t.id FROM " + from + " WHERE " + request.filter().sql() + " ORDER BY " + order + " LIMIT ? OFFSET ?";
        return db.read(c -> {
            List<TalkId> ids = new ArrayList<>(Math.min(request.limit(), 1024));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(TalkId.of(rs.getLong(1)));
                    }
                }
            }
            return ids;
        });
    }

    public long count(TalkFilter filter) {
        String sql = "SELECT count(*) FROM talk t WHERE " + filter.sql();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, filter.params());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** "ASC"/"DESC": the natural direction of a key, flipped when the request asks for the reverse. */
    private static String dir(SearchRequest r, boolean naturalDescending) {
        return naturalDescending ^ r.reversed() ? "DESC" : "ASC";
    }
}
