package dev.talkshelf.catalog;

import dev.talkshelf.model.Limits;
import dev.talkshelf.model.Names;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkField;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TitleKey;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Talks with their speakers, event, topics and links: stored, changed, loaded by id. */
public final class TalkStore {
    private static final int CHUNK = 500;
    /** A talk just inserted has no speakers, topics or links to clear first. */
    private static final boolean FRESH = true;
    private static final boolean EXISTING = false;
    /** The source key kept for a talk whose source key is its media; a trigger keeps the key when the media changes. */
    private static final String SAME_AS_MEDIA = "";
    /** How {@link #load} reads talks: whole, or {@linkplain #listed for a list}, without their descriptions. */
    private static final boolean WHOLE = false;
    private static final boolean LISTED = true;
    /** The columns of a talk's row a {@link Talk} is made of, but its description; never {@code t.*}. */
    private static final String LISTED_COLUMNS = """
            t.id, t.title, t.year, t.recorded, t.duration_ms, t.media, t.thumbnail, t.added, t.rating, t.status,
            t.position_ms, t.watched_at, t.times_watched, t.last_played, e.name AS event_name""";

    private final Database db;
    private final Clock clock;

    public TalkStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Stores a new talk and returns its id; a talk that carries an id (an undone delete) gets that id back. */
    public TalkId insert(Talk talk, String sourceKey) {
        return insert(talk, sourceKey, null, null);
    }

    /**
     * As {@link #insert(Talk, String)}, with the talk's description packed and its title keyed ahead (on another thread);
     * a packing or key of another text, or none, is made here.
     */
    public TalkId insert(Talk talk, String sourceKey, PackedDescription packedAhead, TitleKey titleAhead) {
        requireWhole(talk);
        PackedDescription description = packedAhead != null && packedAhead.isOf(talk.description())
                ? packedAhead : PackedDescription.of(talk.description());
        return db.writeNewTalk(c -> {
            long id;
            String title = talk.title().strip();
            String titleKey = titleAhead != null ? titleAhead.keyOf(talk.title()) : Names.key(talk.title());
            PreparedStatement ps = db.cached("""
                    INSERT INTO talk(id, title, sort_title, description, event_id, year, recorded, duration_ms,
                                     media, thumbnail, added, rating, status, position_ms, watched_at, times_watched,
                                     last_played, source_key, media_kind)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            WatchState w = talk.watch();
            NamedRow event = event(talk.event());
            Sql.bind(ps, Arrays.asList(talk.id() == null ? null : talk.id().value(),
                    title, titleKey, description.stored(),
                    event == null ? null : event.id(), talk.year(), talk.recorded() == null ? null : talk.recorded().toString(),
                    talk.duration(), blankToNull(talk.media()), blankToNull(talk.thumbnail()),
                    talk.added() == null ? clock.instant() : talk.added(), talk.rating(), w.status().label(),
                    w.position(), w.watchedAt(), w.timesWatched(), w.lastPlayedAt(),
                    keptSourceKey(sourceKey, blankToNull(talk.media())), mediaKind(blankToNull(talk.media()))));
            ps.executeUpdate();
            id = db.lastInsertId();
            String speakers = writeSpeakers(c, id, FRESH, talk.speakers());
            String topics = writeTopics(c, id, FRESH, talk.tags(), TopicSums.Figures.of(w, talk.duration()));
            writeLinks(c, id, FRESH, talk.links());
            String eventName = event == null ? null : event.name();
            db.inserted(id, IndexText.folding(title, speakers, eventName, topics, description.folded()));
            return TalkId.of(id);
        });
    }

    /**
     * Replaces what the user can edit about a talk: everything but its id, added date and watch state.
     *
     * <p>Made so that filling in a talk without changing its words (an import's merge of a copy: links, a thumbnail, a
     * year) leaves the search index alone: FTS5 writes out the rows an import holds pending as a segment of their own
     * when a talk's row is deleted, and when a statement opens a statement journal, which SQLite does for the event (a
     * foreign key), the length (its trigger moves topic figures), the topics' entries (their removal moves them), and a
     * statement that both fires a trigger and may fail a constraint. An import merging into talks so wrote a segment
     * per merge (~0.8 ms of its storing thread each, with their merging). So the title's statement and the year's and
     * media's are apart, the event, length and topics are written only when they change, and the index row is rebuilt
     * only when its parts did.
     */
    public void update(Talk talk) {
        requireWhole(talk);
        long id = talk.id().value();
        db.write(c -> {
            boolean noted = db.facetsBefore(id);
            PreparedStatement indexParts = db.cached(FtsIndex.SELECT_ONE_TALKS_PARTS);
            List<Object> textBefore = FtsIndex.storedParts(indexParts, id);
            String titleKey = Names.key(talk.title());
            String media = blankToNull(talk.media());
            PreparedStatement checked = db.cached("""
                    UPDATE talk SET title = ?, sort_title = ?, description = ?, recorded = ?, thumbnail = ?, rating = ?,
                                    media_kind = ?
                     WHERE id = ?""");
            Sql.bind(checked, Arrays.asList(talk.title().strip(), titleKey, DescriptionPacking.pack(talk.description()),
                    talk.recorded() == null ? null : talk.recorded().toString(), blankToNull(talk.thumbnail()),
                    talk.rating(), mediaKind(media), id));
            requireOne(checked.executeUpdate(), talk.id());
            PreparedStatement triggering = db.cached("UPDATE talk SET year = ?, media = ? WHERE id = ?");
            Sql.bind(triggering, Arrays.asList(talk.year(), media, id));
            FacetMoves.updateOfNotedTalk(c, triggering, noted);
            Long eventId = eventId(talk.event());
            Long length = talk.duration() == null ? null : talk.duration().toMillis();
            PreparedStatement stored = db.cached("SELECT event_id, duration_ms FROM talk WHERE id = ?");
            stored.setLong(1, id);
            boolean newEvent;
            boolean newLength;
            try (ResultSet rs = stored.executeQuery()) {
                rs.next();
                newEvent = !Objects.equals(Sql.longOrNull(rs, "event_id"), eventId);
                newLength = !Objects.equals(Sql.longOrNull(rs, "duration_ms"), length);
            }
            if (newEvent) {
                PreparedStatement ps = db.cached("UPDATE talk SET event_id = ? WHERE id = ?");
                Sql.bind(ps, Arrays.asList(eventId, id));
                FacetMoves.updateOfNotedTalk(c, ps, noted);
            }
            if (newLength) {
                PreparedStatement ps = db.cached("UPDATE talk SET duration_ms = ? WHERE id = ?");
                Sql.bind(ps, Arrays.asList(length, id));
                ps.executeUpdate();
            }
            writeSpeakers(c, id, EXISTING, talk.speakers());
            if (!topicsIn(c, id).equals(normalized(talk.tags()))) {
                writeTopics(c, id, EXISTING, talk.tags(), null);
            }
            writeLinks(c, id, EXISTING, talk.links());
            if (FtsIndex.storedParts(indexParts, id).equals(textBefore)) {
                db.changedKeepingText(id);
            } else {
                db.touched(id);
            }
            return null;
        });
    }

    public void setTags(TalkId id, List<String> tags) {
        db.write(c -> {
            requireExists(c, id);
            db.facetsBefore(id.value());
            writeTopics(c, id.value(), EXISTING, tags, null);
            db.touched(id.value());
            return null;
        });
    }

    /**
     * Adds and removes topics of one talk as it is stored now (removals first, so "-x +x" keeps x), in the
     * caller's transaction: never a rewrite of a list read earlier. Returns what actually changed: a topic
     * already there is not "added", one that was not there is not "removed".
     */
    public TopicChange changeTopics(TalkId id, List<String> add, List<String> remove) {
        return db.write(c -> {
            requireExists(c, id);
            LinkedHashSet<String> topics = new LinkedHashSet<>(topicsIn(c, id.value()));
            List<String> removed = new ArrayList<>();
            for (String path : normalized(remove)) {
                if (topics.remove(path)) {
                    removed.add(path);
                }
            }
            List<String> added = new ArrayList<>();
            for (String path : normalized(add)) {
                if (topics.add(path)) {
                    added.add(path);
                }
            }
            if (!added.isEmpty() || !removed.isEmpty()) {
                db.facetsBefore(id.value());
                writeTopics(c, id.value(), EXISTING, List.copyOf(topics), null);
                db.touched(id.value());
            }
            return new TopicChange(added, removed);
        });
    }

    /**
     * Writes only the given fields of a talk, taking their values from {@code values}; every other column keeps
     * what it holds now (another process's rating, the player's position). Column names come from this method's
     * fixed pieces, values travel as parameters.
     */
    public void setFields(TalkId id, Talk values, Set<TalkField> fields) {
        if (fields.contains(TalkField.TITLE) && (values.title() == null || values.title().isBlank())) {
            throw new IllegalArgumentException("a talk needs a title");
        }
        if (fields.contains(TalkField.DESCRIPTION)) {
            requireWhole(values);
        }
        db.write(c -> {
            boolean noted = db.facetsBefore(id.value());
            List<String> sets = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            for (TalkField field : fields) {
                switch (field) {
                    case TITLE -> {
                        String key = Names.key(values.title());
                        sets.add("title = ?, sort_title = ?");
                        params.addAll(Arrays.asList(values.title().strip(), key));
                    }
                    case EVENT -> {
                        sets.add("event_id = ?");
                        params.add(eventId(values.event()));
                    }
                    case YEAR -> {
                        sets.add("year = ?");
                        params.add(values.year());
                    }
                    case RECORDED -> {
                        sets.add("recorded = ?");
                        params.add(values.recorded() == null ? null : values.recorded().toString());
                    }
                    case DURATION -> {
                        sets.add("duration_ms = ?");
                        params.add(values.duration());
                    }
                    case MEDIA -> {
                        String media = blankToNull(values.media());
                        sets.add("media = ?, media_kind = ?");
                        params.addAll(Arrays.asList(media, mediaKind(media)));
                    }
                    case THUMBNAIL -> {
                        sets.add("thumbnail = ?");
                        params.add(blankToNull(values.thumbnail()));
                    }
                    case RATING -> {
                        sets.add("rating = ?");
                        params.add(values.rating());
                    }
                    case DESCRIPTION -> {
                        sets.add("description = ?");
                        params.add(DescriptionPacking.pack(values.description()));
                    }
                    case SPEAKERS, LINKS -> {
                        // Rows of their own, written below.
                    }
                }
            }
            if (sets.isEmpty()) {
                requireExists(c, id);
            } else {
                params.add(id.value());
                try (PreparedStatement ps = c.prepareStatement("UPDATE talk SET " + String.join(", ", sets) + " WHERE id = ?")) {
                    Sql.bind(ps, params);
                    requireOne(FacetMoves.updateOfNotedTalk(c, ps, noted), id);
                }
            }
            if (fields.contains(TalkField.SPEAKERS)) {
                writeSpeakers(c, id.value(), EXISTING, values.speakers());
            }
            if (fields.contains(TalkField.LINKS)) {
                writeLinks(c, id.value(), EXISTING, values.links());
            }
            db.touched(id.value());
            return null;
        });
    }

    public void setRating(TalkId id, Integer rating) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("rating must be between 1 and 5");
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE talk SET rating = ? WHERE id = ?")) {
                Sql.bind(ps, Arrays.asList(rating, id.value()));
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    public void setMedia(TalkId id, String media) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE talk SET media = ?, media_kind = ? WHERE id = ?")) {
                Sql.bind(ps, Arrays.asList(blankToNull(media), mediaKind(blankToNull(media)), id.value()));
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    /**
     * The talk.media_kind of a media value (schema step 5): 0 none, 1 a link, 2 a file. A link starts with http://
     * or https:// in any ASCII case, exactly as the step's SQL (lower(), which folds ASCII only) decides it.
     */
    static int mediaKind(String media) {
        if (media == null) {
            return 0;
        }
        return startsWithAsciiIgnoringCase(media, "http://") || startsWithAsciiIgnoringCase(media, "https://") ? 1 : 2;
    }

    private static boolean startsWithAsciiIgnoringCase(String text, String lowerPrefix) {
        if (text.length() < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char ch = text.charAt(i);
            char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
            if (lower != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Fills in facts a talk lacks (duration, media, ...) from a duplicate found on import. */
    public void setDurationIfUnknown(TalkId id, Duration duration) {
        if (duration == null) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE talk SET duration_ms = ? WHERE id = ? AND duration_ms IS NULL")) {
                Sql.bind(ps, Arrays.asList(duration, id.value()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void setWatch(TalkId id, WatchState watch) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE talk SET status = ?, position_ms = ?, watched_at = ?, times_watched = ?, last_played = ?
                     WHERE id = ?""")) {
                Sql.bind(ps, Arrays.asList(watch.status().label(), watch.position(), watch.watchedAt(),
                        watch.timesWatched(), watch.lastPlayedAt(), id.value()));
                requireOne(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    public void delete(TalkId id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM talk WHERE id = ?")) {
                ps.setLong(1, id.value());
                requireOne(ps.executeUpdate(), id);
            }
            db.touched(id.value());
            return null;
        });
    }

    public boolean exists(TalkId id) {
        return db.read(c -> existsIn(c, id));
    }

    public Optional<Talk> get(TalkId id) {
        List<Talk> found = get(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Loads whole talks, descriptions too, in the order of {@code ids}; ids that do not exist are left out. */
    public List<Talk> get(List<TalkId> ids) {
        return load(ids, WHOLE);
    }

    /**
     * Loads talks for a list (a page of search results or of a playlist) in the order of {@code ids}, ids that do not
     * exist left out: every fact but the description, which is not read at all. No list shows it, and inflating the
     * long ones was a sixth of a common word's search (decision 0042). Such a talk is {@link Talk#listed() listed}: its
     * description cannot be asked for, and {@link #insert}, {@link #update} and {@link #setFields} refuse to write it.
     */
    public List<Talk> listed(List<TalkId> ids) {
        return load(ids, LISTED);
    }

    private List<Talk> load(List<TalkId> ids, boolean listed) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            Map<Long, Talk> byId = new HashMap<>();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream().map(TalkId::value).toList();
                byId.putAll(loadChunk(chunk, listed));
            }
            List<Talk> result = new ArrayList<>(ids.size());
            for (TalkId id : ids) {
                Talk t = byId.get(id.value());
                if (t != null) {
                    result.add(t);
                }
            }
            return result;
        });
    }

    /** Every talk id, in storage order (for export and bulk work; ids only, so memory stays small). */
    public List<TalkId> allIds() {
        return db.read(c -> Sql.column(c, "SELECT id FROM talk ORDER BY id", new ArrayList<>(), rs -> TalkId.of(rs.getLong(1))));
    }

    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM talk")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * What {@code talk.source_key} keeps: {@link #SAME_AS_MEDIA} for a source key that is the talk's media itself (a
     * PyVideo talk's video link), which the media's own column and index already hold (schema step 22).
     */
    private static String keptSourceKey(String sourceKey, String media) {
        return sourceKey != null && sourceKey.equals(media) ? SAME_AS_MEDIA : sourceKey;
    }

    public Optional<TalkId> findBySourceKey(String sourceKey) {
        return findOne("""
                SELECT id FROM talk WHERE source_key = ?1 AND source_key <> ''
                UNION ALL
                SELECT id FROM talk WHERE media = ?1 AND source_key = ''
                ORDER BY 1 LIMIT 1""", sourceKey);
    }

    public Optional<TalkId> findByMedia(String media) {
        return findOne("SELECT id FROM talk WHERE media = ? ORDER BY id LIMIT 1", media);
    }

    /** Talks whose title normalizes to the same key, oldest first. */
    public List<TalkId> findByTitle(String title) {
        return db.read(c -> {
            List<TalkId> ids = new ArrayList<>();
            PreparedStatement ps = db.cached("SELECT id FROM talk WHERE sort_title = ? ORDER BY id");
            ps.setString(1, Names.key(title));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(TalkId.of(rs.getLong(1)));
                }
            }
            return ids;
        });
    }

    /** A talk with a given title, as an import's duplicate check first sees it: its id and media only. */
    public record TitleCandidate(TalkId id, String media) {
    }

    /** A talk whose title candidates an import wants ({@link #titleCandidates(List)}): place, title key, event key. */
    public record TitleProbe(int place, String titleKey, String eventKey) {
    }

    /** Probes per statement of {@link #titleCandidates(List)}: one text, prepared once, unused places NULL. */
    private static final int PROBES = 100;

    /** {@link #titleCandidates(List)}'s statement: the probes sit in a VALUES list, NULL-padded. */
    private static final String TITLE_CANDIDATES_OF_PROBES = """
            WITH p(place, title_key, event_key) AS (VALUES %s)
            SELECT p.place, t.id, t.media FROM p CROSS JOIN talk t INDEXED BY talk_by_event
             WHERE p.event_key <> '' AND t.event_id IS NULL AND t.sort_title = p.title_key
            UNION ALL
            SELECT p.place, t.id, t.media FROM p CROSS JOIN talk t INDEXED BY talk_by_event
             WHERE p.event_key <> '' AND t.event_id = (SELECT e.id FROM event e WHERE e.name_key = p.event_key)
               AND t.sort_title = p.title_key
            UNION ALL
            SELECT p.place, t.id, t.media FROM p CROSS JOIN talk t INDEXED BY talk_by_sort_title
             WHERE p.event_key = '' AND t.sort_title = p.title_key""".formatted(
            String.join(", ", Collections.nCopies(PROBES, "(?, ?, ?)")));

    /**
     * For each probe, the talks whose title has its title key ({@link Names#key}) and whose event could be the same: at
     * its event or at none, or at any when the probe has none (""); by the probe's place, oldest first. One statement
     * reading no lists per 100 probes: a title shared by thousands of talks (a million-talk library has ~10,000
     * "Keynote"s) costs two short ranges of {@code talk_by_event}, by event and title (schema step 17), not a walk of
     * every talk so titled. An import of the data set five times over asks for nearly every talk (its other copies
     * share its title and event); one statement per talk was ~3 s of its storing thread at 100,000 talks.
     */
    public Map<Integer, List<TitleCandidate>> titleCandidates(List<TitleProbe> probes) {
        if (probes.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<Integer, List<TitleCandidate>> found = new HashMap<>();
            for (int from = 0; from < probes.size(); from += PROBES) {
                List<TitleProbe> chunk = probes.subList(from, Math.min(probes.size(), from + PROBES));
                PreparedStatement ps = db.cached(TITLE_CANDIDATES_OF_PROBES);
                for (int i = 0; i < PROBES; i++) {
                    TitleProbe probe = i < chunk.size() ? chunk.get(i) : null;
                    Sql.bindOne(ps, 3 * i + 1, probe == null ? null : probe.place());
                    Sql.bindOne(ps, 3 * i + 2, probe == null ? null : probe.titleKey());
                    Sql.bindOne(ps, 3 * i + 3, probe == null ? null : probe.eventKey());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                                .add(new TitleCandidate(TalkId.of(rs.getLong(2)), rs.getString(3)));
                    }
                }
            }
            found.values().forEach(list -> list.sort(Comparator.comparingLong(t -> t.id().value())));
            return found;
        });
    }

    /**
     * The speakers' names of each of these talks, in their order (a talk without any is left out): an import's
     * duplicate check compares a title's candidates by their speakers alone before it loads the one that matches
     * (loading each whole, four statements prepared per look, was 8.6 % of the storing thread on the data set five times
     * over, where four talks in five have candidates).
     */
    public Map<TalkId, List<String>> speakersOf(List<TalkId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<TalkId, List<String>> names = new HashMap<>();
            loadLists(idList(ids.stream().map(TalkId::value).toList()), SPEAKERS_OF_IDS)
                    .forEach((id, list) -> names.put(TalkId.of(id), list));
            return names;
        });
    }

    /** Which of these source keys some talk has (one query per 500, for an import's duplicate checks). */
    public Set<String> presentSourceKeys(Collection<String> sourceKeys) {
        return present("""
                SELECT source_key FROM talk WHERE source_key IN (%s) AND source_key <> ''
                UNION
                SELECT media FROM talk WHERE media IN (%s) AND source_key = ''""", sourceKeys);
    }

    /** Which of these media values (files or links) some talk has. */
    public Set<String> presentMedia(Collection<String> media) {
        return present("SELECT DISTINCT media FROM talk WHERE media IN (%s)", media);
    }

    /**
     * Which of these normalized title keys ({@link Names#key}) some talk's title has: one look into
     * {@code talk_by_sort_title} per key. {@code SELECT DISTINCT sort_title ... IN} walked every talk so titled, and an
     * import of the data set five times over asks for titles a million-talk library holds a thousand times each: 11.5
     * against 2.5 ms per 500 keys, ~10 s of such an import.
     */
    public Set<String> presentTitleKeys(Collection<String> titleKeys) {
        return present("""
                SELECT column1 FROM (VALUES %s)
                 WHERE EXISTS (SELECT 1 FROM talk INDEXED BY talk_by_sort_title WHERE sort_title = column1)""",
                String.join(", ", Collections.nCopies(CHUNK, "(?)")), titleKeys);
    }

    private Set<String> present(String sqlWithIn, Collection<String> values) {
        return present(sqlWithIn, Sql.placeholders(CHUNK), values);
    }

    /** {@code sqlWithIn}'s each "%s" gets {@code places}: CHUNK parameters, in a list or as rows of VALUES. */
    private Set<String> present(String sqlWithIn, String places, Collection<String> values) {
        List<String> wanted = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return Set.of();
        }
        // Each "IN (%s)" of the query gets CHUNK places, the chunk's values and NULLs (which match nothing) after them:
        // one statement text, prepared once per connection. A text per chunk size was prepared anew for every chunk of
        // an import (half of its duplicate look-ups' time).
        String[] parts = sqlWithIn.split("%s", -1);
        String sql = String.join(places, parts);
        return db.read(c -> {
            Set<String> found = new HashSet<>();
            for (int from = 0; from < wanted.size(); from += CHUNK) {
                List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
                PreparedStatement ps = db.cached(sql);
                for (int in = 0; in < parts.length - 1; in++) {
                    for (int i = 0; i < CHUNK; i++) {
                        ps.setString(in * CHUNK + i + 1, i < chunk.size() ? chunk.get(i) : null);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
            return found;
        });
    }

    /** The normalized names ({@link Names#key}) of every speaker in the library. */
    public Set<String> speakerKeys() {
        return db.read(c -> Sql.column(c, "SELECT name_key FROM speaker", new HashSet<>(), rs -> rs.getString(1)));
    }

    /** True when a speaker with the same normalized name is in the library. */
    public boolean isKnownSpeaker(String name) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            return false;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM speaker WHERE name_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Every topic path in the library, sorted (for completion in editors). */
    public List<String> allTopics() {
        return db.read(c -> Sql.column(c, "SELECT path FROM topic ORDER BY path", new ArrayList<>(), rs -> rs.getString(1)));
    }

    private Optional<TalkId> findOne(String sql, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return db.read(c -> {
            PreparedStatement ps = db.cached(sql);
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(TalkId.of(rs.getLong(1))) : Optional.empty();
            }
        });
    }

    private Map<Long, Talk> loadChunk(List<Long> ids, boolean listed) throws SQLException {
        // The ids as one JSON parameter: the statements' text stays short and the same for every page (with one
        // placeholder per id, preparing the four statements of a 200-talk page was a fifth of its SQLite time).
        String idList = idList(ids);
        String in = "SELECT value FROM json_each(?)";
        // Prepared once per connection: an import's duplicate checks load one talk at a time, thousands of times.
        Map<Long, List<String>> speakers = loadLists(idList, SPEAKERS_OF_IDS);
        Map<Long, List<String>> topics = loadLists(idList, """
                SELECT tt.talk_id, tp.path FROM talk_topic tt JOIN topic tp ON tp.id = tt.topic_id
                 WHERE tt.talk_id IN (%s) ORDER BY tt.talk_id, tt.ord""".formatted(in));
        Map<Long, List<String>> links = loadLists(idList,
                "SELECT talk_id, url FROM talk_link WHERE talk_id IN (%s) ORDER BY talk_id, ord".formatted(in));
        Map<Long, Talk> result = new LinkedHashMap<>();
        PreparedStatement ps = db.cached("""
                SELECT %s FROM talk t LEFT JOIN event e ON e.id = t.event_id
                 WHERE t.id IN (%s)""".formatted(listed ? LISTED_COLUMNS : LISTED_COLUMNS + ", t.description", in));
        ps.setString(1, idList);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                // Out-of-range values (from another program) read as unknown, so one bad row breaks nothing.
                WatchState watch = new WatchState(
                        WatchStatus.parse(rs.getString("status")).orElse(WatchStatus.UNWATCHED),
                        Sql.durationOrNull(rs, "position_ms"), Sql.instantOrNull(rs, "watched_at"),
                        (int) Math.min(Math.max(rs.getLong("times_watched"), 0), Limits.MAX_TIMES_WATCHED),
                        Sql.instantOrNull(rs, "last_played"));
                String title = PlainText.oneLine(rs.getString("title"));
                result.put(id, new Talk(TalkId.of(id), title == null || title.isEmpty() ? "(untitled)" : title,
                        speakers.getOrDefault(id, List.of()), rs.getString("event_name"), Sql.yearOrNull(rs, "year"),
                        Sql.dateOrNull(rs, "recorded"), Sql.durationOrNull(rs, "duration_ms"),
                        rs.getString("media"), rs.getString("thumbnail"), links.getOrDefault(id, List.of()),
                        Sql.instantOrNull(rs, "added"), Sql.intOrNull(rs, "rating"), topics.getOrDefault(id, List.of()),
                        watch, listed ? null : DescriptionPacking.read(rs, "description"), listed));
            }
        }
        return result;
    }

    /** The speakers of the talks in a JSON list of ids, in their order. */
    private static final String SPEAKERS_OF_IDS = """
            SELECT ts.talk_id, s.name FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id
             WHERE ts.talk_id IN (SELECT value FROM json_each(?)) ORDER BY ts.talk_id, ts.ord""";

    /** Ids as one JSON parameter: a statement's text stays the same for any number of them. */
    private static String idList(List<Long> ids) {
        StringBuilder json = new StringBuilder(ids.size() * 7).append('[');
        for (long id : ids) {
            json.append(json.length() == 1 ? "" : ",").append(id);
        }
        return json.append(']').toString();
    }

    private Map<Long, List<String>> loadLists(String idList, String sql) throws SQLException {
        Map<Long, List<String>> map = new HashMap<>();
        PreparedStatement ps = db.cached(sql);
        ps.setString(1, idList);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return map;
    }

    /** Writes a talk's speakers; returns their names as stored, in order, joined by a space (null for none). */
    private String writeSpeakers(Connection c, long talkId, boolean fresh, List<String> speakers) throws SQLException {
        if (!fresh) {
            PreparedStatement del = db.cached("DELETE FROM talk_speaker WHERE talk_id = ?");
            del.setLong(1, talkId);
            del.executeUpdate();
        }
        int ord = 0;
        LinkedHashSet<Long> seen = new LinkedHashSet<>();
        StringJoiner names = new StringJoiner(" ");
        PreparedStatement ins = db.cached("INSERT INTO talk_speaker(talk_id, ord, speaker_id) VALUES (?, ?, ?)");
        for (String name : speakers) {
            String key = name == null ? "" : Names.key(name);
            if (key.isEmpty()) {
                continue;
            }
            NamedRow speaker = upsertNamed("speaker", name.strip(), key);
            if (!seen.add(speaker.id())) {
                continue;
            }
            ins.setLong(1, talkId);
            ins.setInt(2, ord++);
            ins.setLong(3, speaker.id());
            ins.executeUpdate();
            names.add(speaker.name());
        }
        return ord == 0 ? null : names.toString();
    }

    private Long eventId(String name) throws SQLException {
        NamedRow event = event(name);
        return event == null ? null : event.id();
    }

    /** The event row of this name, found or made; null for no name. */
    private NamedRow event(String name) throws SQLException {
        String key = name == null ? "" : Names.key(name);
        if (key.isEmpty()) {
            return null;
        }
        return upsertNamed("event", name.strip(), key);
    }

    /**
     * Finds or creates a row of a (id, name, name_key) table; table names are our own constants. {@code key} is the
     * name's {@link Names#key}, made once by the caller (an import asks for it twice per name otherwise).
     */
    private NamedRow upsertNamed(String table, String name, String key) throws SQLException {
        NamedRow known = db.transactionRows().get(table + ":" + key);
        if (known != null) {
            return known;
        }
        NamedRow row = findOrInsertNamed(table, key, name);
        db.transactionRows().put(table + ":" + key, row);
        return row;
    }

    private NamedRow findOrInsertNamed(String table, String key, String name) throws SQLException {
        PreparedStatement find = db.cached("SELECT id, name FROM " + table + " WHERE name_key = ?");
        find.setString(1, key);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                return new NamedRow(rs.getLong(1), rs.getString(2));
            }
        }
        PreparedStatement ins = db.cached("INSERT INTO " + table + "(name, name_key) VALUES (?, ?)");
        ins.setString(1, name);
        ins.setString(2, key);
        ins.executeUpdate();
        long id = db.lastInsertId();
        if (table.equals("speaker")) {
            db.speakerInserted(id);
        }
        return new NamedRow(id, name);
    }

    /**
     * Writes a talk's topics; returns their paths in topic id order, joined by a space (null for none). {@code figures}
     * are the talk's as its topics count them: a new talk's as its insert binds them (added at the commit,
     * {@link Database#enterTopicSums}); null for a stored talk, whose are read when a new entry first needs them.
     */
    private String writeTopics(Connection c, long talkId, boolean fresh, List<String> tags, TopicSums.Figures figures)
            throws SQLException {
        if (!fresh) {
            PreparedStatement del = db.cached("DELETE FROM talk_topic WHERE talk_id = ?");
            PreparedStatement delAll = db.cached("DELETE FROM talk_topic_closure WHERE talk_id = ?");
            del.setLong(1, talkId);
            del.executeUpdate();
            delAll.setLong(1, talkId);
            delAll.executeUpdate();
        }
        LinkedHashSet<String> paths = new LinkedHashSet<>();
        for (String tag : tags) {
            TopicPath.normalize(tag).ifPresent(paths::add);
        }
        int ord = 0;
        PreparedStatement ins = db.cached("INSERT INTO talk_topic(talk_id, topic_id, ord) VALUES (?, ?, ?)");
        PreparedStatement closure = db.cached("INSERT OR IGNORE INTO talk_topic_closure(topic_id, talk_id) VALUES (?, ?)");
        PreparedStatement sums = null;
        TreeMap<Long, String> byId = new TreeMap<>();
        for (String path : paths) {
            long pathId = topicId(c, path);
            byId.put(pathId, path);
            ins.setLong(1, talkId);
            ins.setLong(2, pathId);
            ins.setInt(3, ord++);
            ins.executeUpdate();
            for (String ancestor : TopicPath.selfAndAncestors(path)) {
                long topic = topicId(c, ancestor);
                closure.setLong(1, topic);
                closure.setLong(2, talkId);
                if (closure.executeUpdate() == 0) {
                    continue;
                }
                // Each new entry adds its talk to its topic's figures (decision 0059); the deleted ones left by trigger.
                // A new talk's are summed over the transaction (PendingTopicSums); an edited talk's written now.
                if (fresh) {
                    db.enterTopicSums(topic, figures);
                    continue;
                }
                if (figures == null) {
                    PreparedStatement read = db.cached(TopicSums.FIGURES);
                    read.setLong(1, talkId);
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                        figures = new TopicSums.Figures(rs.getString(1), rs.getLong(2));
                    }
                }
                if (sums == null) {
                    sums = db.cached(TopicSums.ENTER);
                }
                TopicSums.bindEnter(sums, topic, figures.status(), 1, figures.left());
                sums.executeUpdate();
            }
        }
        return byId.isEmpty() ? null : String.join(" ", byId.values());
    }

    private static List<String> topicsIn(Connection c, long talkId) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT tp.path FROM talk_topic tt JOIN topic tp ON tp.id = tt.topic_id WHERE tt.talk_id = ? ORDER BY tt.ord""")) {
            ps.setLong(1, talkId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
        }
        return paths;
    }

    private static List<String> normalized(List<String> topics) {
        LinkedHashSet<String> paths = new LinkedHashSet<>();
        for (String topic : topics) {
            TopicPath.normalize(topic).ifPresent(paths::add);
        }
        return List.copyOf(paths);
    }

    /** Finds or creates a topic and, first, its parents. */
    private long topicId(Connection c, String path) throws SQLException {
        NamedRow known = db.transactionRows().get("topic:" + path);
        if (known != null) {
            return known.id();
        }
        long id = findOrInsertTopic(c, path);
        db.transactionRows().put("topic:" + path, new NamedRow(id, path));
        return id;
    }

    private long findOrInsertTopic(Connection c, String path) throws SQLException {
        PreparedStatement find = db.cached("SELECT id FROM topic WHERE path = ?");
        find.setString(1, path);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                return rs.getLong(1);
            }
        }
        Long parent = null;
        Optional<String> parentPath = TopicPath.parent(path);
        if (parentPath.isPresent()) {
            parent = topicId(c, parentPath.get());
        }
        PreparedStatement ins = db.cached("INSERT INTO topic(path, parent_id) VALUES (?, ?)");
        Sql.bind(ins, Arrays.asList(path, parent));
        ins.executeUpdate();
        return db.lastInsertId();
    }

    private void writeLinks(Connection c, long talkId, boolean fresh, List<String> links) throws SQLException {
        if (!fresh) {
            PreparedStatement del = db.cached("DELETE FROM talk_link WHERE talk_id = ?");
            del.setLong(1, talkId);
            del.executeUpdate();
        }
        int ord = 0;
        PreparedStatement ins = db.cached("INSERT INTO talk_link(talk_id, ord, url) VALUES (?, ?, ?)");
        for (String url : new LinkedHashSet<>(links)) {
            if (url == null || url.isBlank()) {
                continue;
            }
            ins.setLong(1, talkId);
            ins.setInt(2, ord++);
            ins.setString(3, url.strip());
            ins.executeUpdate();
        }
    }

    static boolean existsIn(Connection c, TalkId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM talk WHERE id = ?")) {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void requireExists(Connection c, TalkId id) throws SQLException {
        if (!existsIn(c, id)) {
            throw new NoSuchTalkException(id);
        }
    }

    /** A listed talk's description was never read: writing the talk whole would write "none" over the one it has. */
    private static void requireWhole(Talk talk) {
        if (talk.listed()) {
            throw new IllegalArgumentException("talk " + talk.id()
                    + " was read for a list, without its description, and cannot be written whole; read it by id");
        }
    }

    private static void requireOne(int updated, TalkId id) {
        if (updated == 0) {
            throw new NoSuchTalkException(id);
        }
    }

    /** Lower case without accents or punctuation: what title sorting and duplicate checks compare. */
    static String sortKey(String title) {
        return Names.key(title);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static List<Long> values(Collection<TalkId> ids) {
        return ids.stream().map(TalkId::value).toList();
    }
}
