package dev.talkshelf.catalog;

import dev.talkshelf.model.Names;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.TalkId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Playlists: manual ones hold talks in order; smart ones hold only their query. Names are unique, ignoring case. */
public final class PlaylistStore {
    private final Database db;
    private final Clock clock;

    public PlaylistStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Playlist create(String name, String query) {
        String clean = requireName(name);
        return db.write(c -> {
            if (findIn(c, clean).isPresent()) {
                throw new DuplicateNameException("a playlist named \"" + clean + "\" already exists");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO playlist(name, name_key, query, created) VALUES (?, ?, ?, ?)")) {
                Sql.bind(ps, Arrays.asList(clean, key(clean), query, clock.instant()));
                ps.executeUpdate();
                return new Playlist(db.lastInsertId(), clean, query);
            }
        });
    }

    public Optional<Playlist> find(String name) {
        return db.read(c -> findIn(c, name));
    }

    public Playlist get(String name) {
        return find(name).orElseThrow(() -> new NoSuchPlaylistException(name));
    }

    public List<Playlist> all() {
        return db.read(c -> {
            List<Playlist> list = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, query FROM playlist ORDER BY name_key")) {
                while (rs.next()) {
                    list.add(new Playlist(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return list;
        });
    }

    public void rename(String oldName, String newName) {
        String clean = requireName(newName);
        db.write(c -> {
            Playlist p = findIn(c, oldName).orElseThrow(() -> new NoSuchPlaylistException(oldName));
            Optional<Playlist> clash = findIn(c, clean);
            if (clash.isPresent() && clash.get().id() != p.id()) {
                throw new DuplicateNameException("a playlist named \"" + clean + "\" already exists");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE playlist SET name = ?, name_key = ? WHERE id = ?")) {
                Sql.bind(ps, Arrays.asList(clean, key(clean), p.id()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void setQuery(long playlistId, String query) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE playlist SET query = ? WHERE id = ?")) {
                Sql.bind(ps, Arrays.asList(query, playlistId));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(String name) {
        db.write(c -> {
            Playlist p = findIn(c, name).orElseThrow(() -> new NoSuchPlaylistException(name));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM playlist WHERE id = ?")) {
                ps.setLong(1, p.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The talks of a manual playlist, in order. */
    public List<TalkId> items(long playlistId) {
        return db.read(c -> itemsIn(c, playlistId));
    }

    /** Replaces the whole order of a manual playlist (duplicates keep their first place). */
    public void setItems(long playlistId, List<TalkId> talks) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM playlist_item WHERE playlist_id = ?")) {
                del.setLong(1, playlistId);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT OR IGNORE INTO playlist_item(playlist_id, talk_id, ord) VALUES (?, ?, ?)")) {
                int ord = 0;
                for (TalkId id : talks) {
                    TalkStore.requireExists(c, id);
                    ins.setLong(1, playlistId);
                    ins.setLong(2, id.value());
                    ins.setInt(3, ord++);
                    ins.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Appends talks not yet in the playlist, keeping their given order; returns those it appended. */
    public List<TalkId> add(long playlistId, List<TalkId> talks) {
        return db.write(c -> {
            List<TalkId> current = new ArrayList<>(itemsIn(c, playlistId));
            List<TalkId> added = new ArrayList<>();
            for (TalkId id : talks) {
                if (!current.contains(id)) {
                    current.add(id);
                    added.add(id);
                }
            }
            setItems(playlistId, current);
            return added;
        });
    }

    public void remove(long playlistId, List<TalkId> talks) {
        db.write(c -> {
            List<TalkId> current = new ArrayList<>(itemsIn(c, playlistId));
            current.removeAll(talks);
            setItems(playlistId, current);
            return null;
        });
    }

    /** Moves a talk to a 0-based position, shifting the others. */
    public void move(long playlistId, TalkId talk, int position) {
        db.write(c -> {
            List<TalkId> current = new ArrayList<>(itemsIn(c, playlistId));
            if (!current.remove(talk)) {
                throw new CatalogException("talk " + talk + " is not in this playlist");
            }
            current.add(Math.max(0, Math.min(position, current.size())), talk);
            setItems(playlistId, current);
            return null;
        });
    }

    /**
     * Moves a talk of a manual playlist to just below {@code after} (to the top when it is null), in the order as
     * stored now. False, and nothing changed, when the talk is not in the playlist.
     *
     * @throws CatalogException when {@code after} is not in the playlist
     */
    public boolean moveAfter(long playlistId, TalkId talk, TalkId after) {
        return db.write(c -> {
            List<TalkId> current = new ArrayList<>(itemsIn(c, playlistId));
            if (!current.remove(talk)) {
                return false;
            }
            current.add(placeAfter(current, after), talk);
            setItems(playlistId, current);
            return true;
        });
    }

    /**
     * Puts a talk that is not in a manual playlist just below {@code after} (at the top when it is null). False,
     * and nothing changed, when the talk is in the playlist already.
     *
     * @throws CatalogException when {@code after} is not in the playlist
     */
    public boolean insertAfter(long playlistId, TalkId talk, TalkId after) {
        return db.write(c -> {
            List<TalkId> current = new ArrayList<>(itemsIn(c, playlistId));
            if (current.contains(talk)) {
                return false;
            }
            current.add(placeAfter(current, after), talk);
            setItems(playlistId, current);
            return true;
        });
    }

    private static int placeAfter(List<TalkId> items, TalkId after) {
        if (after == null) {
            return 0;
        }
        int at = items.indexOf(after);
        if (at < 0) {
            throw new CatalogException("talk " + after + " is not in this playlist");
        }
        return at + 1;
    }

    /** The manual playlists a talk is in, with its place in each. */
    public List<PlaylistMembership> membershipsOf(TalkId talk) {
        return db.read(c -> {
            List<PlaylistMembership> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT pi.playlist_id,
                           (SELECT count(*) FROM playlist_item o WHERE o.playlist_id = pi.playlist_id AND o.ord < pi.ord)
                      FROM playlist_item pi WHERE pi.talk_id = ?""")) {
                ps.setLong(1, talk.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new PlaylistMembership(rs.getLong(1), rs.getInt(2)));
                    }
                }
            }
            return list;
        });
    }

    /** Puts a talk at a 0-based position of a manual playlist (at the end when the list is shorter). */
    public void insertAt(long playlistId, TalkId talk, int position) {
        db.write(c -> {
            List<TalkId> current = new ArrayList<>(itemsIn(c, playlistId));
            current.remove(talk);
            current.add(Math.max(0, Math.min(position, current.size())), talk);
            setItems(playlistId, current);
            return null;
        });
    }

    /**
     * Puts back a deleted playlist with its id, name, query and talks (an undone delete), so edits recorded
     * before the delete still find it. Talks no longer in the library are left out.
     */
    public void restore(Playlist playlist, List<TalkId> talks) {
        db.write(c -> {
            if (findIn(c, playlist.name()).isPresent()) {
                throw new DuplicateNameException("a playlist named \"" + playlist.name() + "\" already exists");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO playlist(id, name, name_key, query, created) VALUES (?, ?, ?, ?, ?)")) {
                Sql.bind(ps, Arrays.asList(playlist.id(), playlist.name(), key(playlist.name()), playlist.query(), clock.instant()));
                ps.executeUpdate();
            }
            List<TalkId> present = new ArrayList<>();
            for (TalkId id : talks) {
                if (TalkStore.existsIn(c, id)) {
                    present.add(id);
                }
            }
            setItems(playlist.id(), present);
            return null;
        });
    }

    /** Progress of a manual playlist, counted in SQL (see {@link PlaylistProgress} for the rules). */
    public PlaylistProgress progress(long playlistId) {
        return countedRow("SELECT " + sums(POSITION_IN_ROW, null) + " FROM playlist_item pi JOIN talk t INDEXED BY "
                + Schema.PROGRESS_BY_ID + " ON t.id = pi.talk_id WHERE pi.playlist_id = ?", List.of(playlistId), 1, false)
                .get(0);
    }

    /**
     * Progress over every talk a filter matches (a smart playlist), counted in SQL without loading talks.
     *
     * @throws SearchTooSlowException when counting runs past {@link SearchTimeLimit#DEFAULT}
     */
    public PlaylistProgress progress(TalkFilter filter) {
        // Read from a narrow index: over the wide talk rows (descriptions) a filter on a column without an index of
        // its own (rating:>=4) read every row, 30-40 ms at 100,000 talks. The indexes of step 25 hold the position too
        // (decision 0049); from talk_filter_by_added only the talks in progress read their row, for the position.
        String fromWhere;
        String position = POSITION_IN_ROW;
        if (filter.reads() == TalkFilter.Reads.TALK_ROWS) {
            fromWhere = "talk t WHERE " + filter.sql();
        } else if (filter.reads() == TalkFilter.Reads.ID_LISTS) {
            // The topic's entries (or else the first words' matches) walked, each talk sought once: "t.id IN (...)" first
            // gathered them into a list of its own, a fifth of the ~9 ms of tag:python/free-threading status:unwatched at
            // 100,000 talks. A topic's entries and a match's rowids are unique per talk, so the counts are the same.
            Optional<? extends TalkFilter.Condition> walked = filter.topic().isPresent() ? filter.topic() : filter.firstWords();
            if (walked.isPresent()) {
                TalkFilter rest = filter.without(walked.get());
                if (walked.get() instanceof TalkFilter.Topic topic && topic.subtree() && onStatusAlone(rest)) {
                    // A topic's figures are kept per status (decision 0059): a few rows, where seeking each of its talks
                    // for its status, length and position cost ~70 ms for 129,000 talks at a million.
                    return countedRow("SELECT sum(t.talks), sum(t.talks) FILTER (WHERE t.status = 'watched'), total(t.left_ms)"
                            + " FROM " + TopicSums.TABLE + " t WHERE t.topic_id = (SELECT id FROM topic WHERE path = ?)"
                            + " AND (" + rest.sql() + ")", TalkSearch.concat(topic.params(), rest.params()), 1, true).get(0);
                }
                String ids = walked.get() instanceof TalkFilter.Topic topic ? topic.idsSql() : ((TalkFilter.Words) walked.get()).idsSql();
                return countedRow("SELECT " + sums(POSITION_IN_ROW, null) + " FROM (" + ids + ") x CROSS JOIN talk t"
                        + " INDEXED BY " + Schema.PROGRESS_BY_ID + " ON t.id = x.talk_id WHERE " + rest.sql(),
                        TalkSearch.concat(walked.get().params(), rest.params()), 1, true).get(0);
            }
            fromWhere = Schema.talkIndexedBy(Schema.PROGRESS_BY_ID, filter.sql());
        } else {
            Optional<String> range = rangeIndexFor(filter);
            fromWhere = Schema.talkIndexedBy(range.orElse(TalkSearch.narrowIndexFor(filter)), filter.sql());
            position = range.isPresent() ? POSITION_IN_ROW : POSITION_READ_ONCE;
        }
        return countedRow("SELECT " + sums(position, null) + " FROM " + fromWhere, filter.params(), 1, true).get(0);
    }

    /**
     * The step-25 index whose range holds every talk a filter of narrow columns selects, with what its progress reads:
     * the rated talks' for a condition on the rating, the status-led one for a condition on the status (the one the
     * compiler guesses narrower when both). Empty when the filter has neither: it is read from a scan.
     */
    static Optional<String> rangeIndexFor(TalkFilter filter) {
        String best = null;
        double share = 2;
        for (TalkFilter.Condition condition : filter.conditions()) {
            if (condition instanceof TalkFilter.Columns columns && columns.index() != null && columns.selectivity() < share) {
                String range = RANGE_INDEXES.get(columns.index());
                if (range != null) {
                    best = range;
                    share = columns.selectivity();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when every condition of {@code rest} reads the status alone (none: every talk), so a topic's figures kept per
     * status answer it: each a {@link TalkFilter.Columns} the compiler made on {@code t.status}, as the index it names says.
     */
    static boolean onStatusAlone(TalkFilter rest) {
        return rest.conditions().stream().allMatch(c -> c instanceof TalkFilter.Columns columns
                && STATUS_INDEX.equals(columns.index()));
    }

    /** The index the compiler names for a condition on the status alone. */
    private static final String STATUS_INDEX = "talk_by_status";

    /** A column's own index (as the compiler names it) -> the step-25 index led by that column that covers progress. */
    private static final Map<String, String> RANGE_INDEXES = Map.of(
            Schema.RATED, Schema.RATED, STATUS_INDEX, Schema.PROGRESS_BY_STATUS);

    /**
     * {@link #progress(TalkFilter)} of several filters that read only the narrow columns, in one scan of the narrow
     * index: a smart playlist's filter is mostly such (status, duration, year, rating), and the sidebar lists them all,
     * each a scan of every talk (5-7 ms at 100,000 talks, ten times that at a million). The progress of each, in order.
     *
     * @throws IllegalArgumentException for a filter that reads more than the narrow columns, or none
     * @throws SearchTooSlowException when counting runs past {@link SearchTimeLimit#DEFAULT}
     */
    public List<PlaylistProgress> progressOfColumnFilters(List<TalkFilter> filters) {
        for (TalkFilter filter : filters) {
            if (filter.isAll() || filter.reads() != TalkFilter.Reads.NARROW_COLUMNS) {
                throw new IllegalArgumentException("only a filter of narrow columns is counted with others: " + filter.sql());
            }
        }
        // A filter with a range of its own (decision 0049) reads that range alone: a few thousand index entries where
        // the shared scan reads every talk. The others share one scan when two or more are left.
        List<PlaylistProgress> all = new ArrayList<>(filters.size());
        List<Integer> scanned = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            all.add(null);
            if (rangeIndexFor(filters.get(i)).isPresent()) {
                all.set(i, progress(filters.get(i)));
            } else {
                scanned.add(i);
            }
        }
        if (scanned.size() == 1) {
            all.set(scanned.get(0), progress(filters.get(scanned.get(0))));
        } else if (scanned.size() > 1) {
            List<PlaylistProgress> shared = progressInOneScan(scanned.stream().map(filters::get).toList());
            for (int i = 0; i < scanned.size(); i++) {
                all.set(scanned.get(i), shared.get(i));
            }
        }
        return all;
    }

    /** The progress of several filters of narrow columns, in one scan of {@code talk_filter_by_added} (decision 0047). */
    private List<PlaylistProgress> progressInOneScan(List<TalkFilter> filters) {
        StringBuilder select = new StringBuilder("SELECT ");
        List<Object> params = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (TalkFilter filter : filters) {
            select.append(select.length() > "SELECT ".length() ? ", " : "")
                    .append(sums(POSITION_READ_ONCE, filter.sql()));
            for (int i = 0; i < SUMS; i++) {
                params.addAll(filter.params());
            }
            any.add("(" + filter.sql() + ")");
        }
        for (TalkFilter filter : filters) {
            params.addAll(filter.params());
        }
        return countedRow(select + " FROM talk t INDEXED BY talk_filter_by_added WHERE " + String.join(" OR ", any), params,
                filters.size(), true);
    }

    /** The first talk of a manual playlist that is neither watched nor skipped; an in-progress talk counts. */
    public Optional<TalkId> firstUnfinished(long playlistId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.id FROM playlist_item pi JOIN talk t ON t.id = pi.talk_id
                     WHERE pi.playlist_id = ? AND t.status IN ('unwatched', 'in-progress')
                     ORDER BY pi.ord LIMIT 1""")) {
                ps.setLong(1, playlistId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(TalkId.of(rs.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    /**
     * The one row of {@code sql} (fixed SQL from this class and compiled {@link TalkFilter}s; values travel as
     * parameters): {@code sets} progresses of {@link #SUMS} columns each, in order. Within {@link SearchTimeLimit#DEFAULT}
     * when {@code limited}.
     */
    private List<PlaylistProgress> countedRow(String sql, List<Object> params, int sets, boolean limited) {
        Database.Work<List<PlaylistProgress>> count = c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    List<PlaylistProgress> all = new ArrayList<>(sets);
                    for (int i = 0; i < sets; i++) {
                        all.add(progressAt(rs, 1 + SUMS * i));
                    }
                    return all;
                }
            }
        };
        return db.read(c -> limited ? SearchTimeLimit.within(c, SearchTimeLimit.DEFAULT, count) : count.run(c));
    }

    /**
     * The progress of every manual playlist with talks, by playlist id, from one grouped query: the sidebar lists
     * every playlist, and a statement per playlist cost more than the counting. An empty playlist is absent.
     */
    public Map<Long, PlaylistProgress> progressOfManual() {
        return db.read(c -> {
            Map<Long, PlaylistProgress> all = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pi.playlist_id, "
                    + sums(POSITION_IN_ROW, null) + " FROM playlist_item pi JOIN talk t INDEXED BY " + Schema.PROGRESS_BY_ID
                    + " ON t.id = pi.talk_id GROUP BY pi.playlist_id")) {
                while (rs.next()) {
                    all.put(rs.getLong(1), progressAt(rs, 2));
                }
            }
            return all;
        });
    }

    /** How many columns {@link #sums} selects. */
    private static final int SUMS = 3;
    /**
     * A talk's position, safe (as {@link SafeSums#millisOrZero}), read from its row once: only the talks in progress read
     * it, from the wide talk row. As the argument of {@code millisOrZero} it was read three times a talk.
     */
    private static final String POSITION_READ_ONCE = "(SELECT %s FROM talk p WHERE p.id = t.id)"
            .formatted(SafeSums.millisOrZero("p.position_ms"));
    /** A talk's position, safe, where the index read holds it (step 25) or the whole row is read anyway. */
    private static final String POSITION_IN_ROW = SafeSums.millisOrZero("t.position_ms");

    /**
     * The talks, watched ones and milliseconds left over talks {@code t}, {@code safePosition} being a talk's position
     * made safe ({@link SafeSums#millisOrZero}); over all of them ({@code only} null), or, for one of several counted in
     * one scan, over those passing the SQL condition {@code only}. Per talk this is most of a playlist's cost once its
     * talks are found: the watched ones are counted by a filter, which skips the aggregate's call for the others, and
     * the time left compares the status against one value after another, the commonest first (an unwatched talk now
     * costs one comparison where it cost four).
     */
    private static String sums(String safePosition, String only) {
        String filter = only == null ? "" : " FILTER (WHERE " + only + ")";
        String watched = only == null ? "t.status = 'watched'" : "(" + only + ") AND t.status = 'watched'";
        return """
                count(*)%3$s,
                count(*) FILTER (WHERE %4$s),
                total(CASE t.status
                    WHEN 'unwatched' THEN %1$s
                    WHEN 'watched' THEN 0
                    WHEN 'skipped' THEN 0
                    WHEN 'in-progress' THEN max(%1$s - %2$s, 0)
                    ELSE %1$s END)%3$s""".formatted(SafeSums.millisOrZero("t.duration_ms"), safePosition, filter, watched);
    }

    /** The progress in the three columns {@link #sums} selects, from {@code first} on. */
    private static PlaylistProgress progressAt(ResultSet rs, int first) throws SQLException {
        return new PlaylistProgress((int) SafeSums.count(rs.getDouble(first + 1)), rs.getInt(first),
                SafeSums.millis(rs.getDouble(first + 2)).toSeconds());
    }

    private static List<TalkId> itemsIn(Connection c, long playlistId) throws SQLException {
        List<TalkId> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT talk_id FROM playlist_item WHERE playlist_id = ? ORDER BY ord")) {
            ps.setLong(1, playlistId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(TalkId.of(rs.getLong(1)));
                }
            }
        }
        return ids;
    }

    private static Optional<Playlist> findIn(Connection c, String name) throws SQLException {
        if (name == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, query FROM playlist WHERE name_key = ?")) {
            ps.setString(1, key(name));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Playlist(rs.getLong(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a playlist needs a name");
        }
        if (Names.key(name).isEmpty() && name.strip().length() == 0) {
            throw new IllegalArgumentException("a playlist needs a name");
        }
        return name.strip();
    }
}
