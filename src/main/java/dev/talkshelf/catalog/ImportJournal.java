package dev.talkshelf.catalog;

import dev.talkshelf.model.Names;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchState;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The import journal (schema step 9): what each import run added and what each of its merges filled in, written in
 * the same short transactions as the talks. A run that fails, is cancelled, is undone, or was left running by a
 * process that died is taken back from it, a few hundred talks per transaction: added talks deleted, merges reverted
 * as deltas (a value goes back only while it is still the one the merge set, so later edits survive).
 */
public final class ImportJournal {
    private static final System.Logger LOG = System.getLogger(ImportJournal.class.getName());
    private static final int MERGES_PER_STEP = 100;
    private static final int TALKS_PER_STEP = 250;
    /** Finished runs whose journal is kept (for undo and the merge report); older ones are forgotten. */
    private static final int RUNS_KEPT = 20;
    /** A run owned by another machine is taken for dead once it has stored nothing for this long. */
    private static final Duration OTHER_HOST_SILENCE = Duration.ofHours(1);
    /**
     * Talk columns a merge may fill, by the name the journal gives the change. Our own constants, never user text. The
     * description is not among them: the column keeps it packed, the journal as text (see {@link #revertDescription}).
     */
    private static final Map<String, String> COLUMNS = Map.of(
            "year", "year", "recorded", "recorded", "duration", "duration_ms", "thumbnail", "thumbnail",
            "rating", "rating");

    private final Database db;
    private final Clock clock;
    private Owner me;

    /** An import that took an existing talk's place: the incoming talk (its title), the talk it went into, and why. */
    public record Merge(TalkId into, String incoming, String why) {
    }

    public ImportJournal(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The process that writes runs: machine, process id and its start (a reused pid is another process). */
    private record Owner(String host, long pid, Long started) {
        static Owner current() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "unknown";
            }
            return new Owner(host, ProcessHandle.current().pid(), ProcessStart.current().map(ProcessStart::value).orElse(null));
        }
    }

    private Owner me() {
        if (me == null) {
            me = Owner.current();
        }
        return me;
    }

    /** Starts a run (its own short transaction) and returns its id; journals of old finished runs are dropped. */
    public long begin(String source) {
        Owner owner = me();
        return db.write(c -> {
            try (PreparedStatement prune = c.prepareStatement("""
                    DELETE FROM import_run WHERE state IN ('done', 'reverted') AND id NOT IN (
                        SELECT id FROM import_run WHERE state IN ('done', 'reverted') ORDER BY id DESC LIMIT ?)""")) {
                prune.setInt(1, RUNS_KEPT - 1);
                prune.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO import_run(started, state, source, host, pid, process_started, beat,
                                           speakers_before, events_before, topics_before)
                    VALUES (?, 'running', ?, ?, ?, ?, ?,
                            (SELECT coalesce(max(id), 0) FROM speaker), (SELECT coalesce(max(id), 0) FROM event),
                            (SELECT coalesce(max(id), 0) FROM topic))""")) {
                Instant now = clock.instant();
                Sql.bind(ps, Arrays.asList(now, source, owner.host(), owner.pid(), owner.started(), now));
                ps.executeUpdate();
            }
            return db.lastInsertId();
        });
    }

    /** Notes that the run is alive and storing (inside the chunk's transaction). */
    public void beat(long run) {
        db.write(c -> {
            PreparedStatement ps = db.cached("UPDATE import_run SET beat = ? WHERE id = ?");
            Sql.bind(ps, List.of(clock.instant(), run));
            ps.executeUpdate();
            return null;
        });
    }

    /**
     * A talk the run inserted (inside the transaction that inserted it), with its title's {@link Names#key}. The key is
     * kept as an 8-byte hash (a twelfth of the size): it only tells a talk the run added from a later one that reused its id.
     */
    public void added(long run, TalkId talk, String titleKey) {
        db.writeNewTalk(c -> {
            PreparedStatement ps = db.cached("INSERT OR IGNORE INTO import_added(run_id, talk_id, title_key) VALUES (?, ?, ?)");
            Sql.bind(ps, List.of(run, talk.value(), titleCheck(titleKey)));
            ps.executeUpdate();
            return null;
        });
    }

    /**
     * A merge the run made (inside its transaction): {@code before} is the talk as read in that transaction,
     * {@code after} as the merge wrote it; {@code notes} and {@code sessions} are what it added to the talk.
     */
    public void merged(long run, Merge merge, Talk before, Talk after, WatchState watchBefore, WatchState watchAfter,
                       List<Long> notes, List<WatchSession> sessions) {
        merged(run, merge, before, after, watchBefore, watchAfter, notes, sessions, null);
    }

    /** As above; {@code transcript} is the name of the subtitle file the merge attached to a talk that had none, or null. */
    public void merged(long run, Merge merge, Talk before, Talk after, WatchState watchBefore, WatchState watchAfter,
                       List<Long> notes, List<WatchSession> sessions, String transcript) {
        db.write(c -> {
            PreparedStatement ps = db.cached("INSERT INTO import_merge(run_id, talk_id, incoming, why) VALUES (?, ?, ?, ?)");
            Sql.bind(ps, List.of(run, merge.into().value(), merge.incoming(), merge.why()));
            ps.executeUpdate();
            long mergeId = db.lastInsertId();
            long talk = merge.into().value();
            Set<String> oldSpeakers = keys(before.speakers());
            for (String name : after.speakers()) {
                if (!oldSpeakers.contains(Names.key(name))) {
                    change(mergeId, "speaker", null, Names.key(name));
                }
            }
            if (!Objects.equals(eventKey(before.event()), eventKey(after.event()))) {
                change(mergeId, "event", eventKey(before.event()), eventKey(after.event()));
            }
            changeIfDiffers(mergeId, "year", before.year(), after.year());
            changeIfDiffers(mergeId, "recorded", text(before.recorded()), text(after.recorded()));
            changeIfDiffers(mergeId, "duration", millis(before.duration()), millis(after.duration()));
            changeIfDiffers(mergeId, "media", blankToNull(before.media()), blankToNull(after.media()));
            changeIfDiffers(mergeId, "thumbnail", blankToNull(before.thumbnail()), blankToNull(after.thumbnail()));
            changeIfDiffers(mergeId, "description", blankToNull(before.description()), blankToNull(after.description()));
            changeIfDiffers(mergeId, "rating", before.rating(), after.rating());
            Set<String> oldLinks = new HashSet<>(before.links().stream().map(String::strip).toList());
            for (String url : new LinkedHashSet<>(after.links())) {
                if (url != null && !url.isBlank() && !oldLinks.contains(url.strip())) {
                    change(mergeId, "link", null, url.strip());
                }
            }
            Set<String> oldTopics = topics(before.tags());
            for (String path : topics(after.tags())) {
                if (!oldTopics.contains(path)) {
                    change(mergeId, "topic", null, path);
                }
            }
            for (long note : notes) {
                change(mergeId, "note", null, note);
            }
            for (WatchSession session : sessions) {
                change(mergeId, "session", null, sessionId(c, talk, session));
            }
            if (!watchBefore.equals(watchAfter)) {
                change(mergeId, "watch", encode(watchBefore), encode(watchAfter));
            }
            if (transcript != null) {
                change(mergeId, "transcript", null, transcript);
            }
            return null;
        });
    }

    /** A playlist the run created (inside the transaction that created it). */
    public void playlistCreated(long run, long playlistId) {
        playlistTouched(run, playlistId, null);
    }

    /** Talks the run appended to a playlist that was there before. */
    public void playlistExtended(long run, long playlistId, List<TalkId> talks) {
        for (TalkId talk : talks) {
            playlistTouched(run, playlistId, talk.value());
        }
    }

    private void playlistTouched(long run, long playlistId, Long talk) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO import_playlist(run_id, playlist_id, created, talk_id)
                    SELECT ?, id, created, ? FROM playlist WHERE id = ?""")) {
                Sql.bind(ps, Arrays.asList(run, talk, playlistId));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Marks the run done: from this commit on, the import is in the library as a whole. */
    public void finish(long run) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE import_run SET state = 'done', finished = ? WHERE id = ? AND state = 'running'")) {
                Sql.bind(ps, List.of(clock.instant(), run));
                if (ps.executeUpdate() != 1) {
                    throw new CatalogException("the import was taken back by another TalkShelf while it ran");
                }
            }
            return null;
        });
        db.releaseFreePages();
        // The import may have made words common: keep them now, not at a first search that may run out of time.
        KeptWords.keepCommonIfFree(db);
        KeptTopics.keepCommonIfFree(db);
        // It retired the kept facet counts. After a large one, count them now (~0.2 s at 100,000 talks), so the next
        // window's sidebar reads them instead of counting at its start; after a small one, whoever asks next counts.
        if (addedAtLeastATenth(run)) {
            FacetSnapshot.keepIfFree(db);
        }
    }

    /**
     * Counts the whole library's facets and keeps them, when they are not kept and nobody else writes: for a library
     * filled by many runs, each under a tenth of it (the generator's batches of a million talks), which {@link #finish}
     * leaves to whoever asks next (~1 s at a million talks).
     */
    public void keepFacetCountsIfFree() {
        FacetSnapshot.keepIfFree(db);
    }

    /** Whether the run added at least a tenth of the talks the library has now. */
    private boolean addedAtLeastATenth(long run) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT (SELECT count(*) FROM import_added WHERE run_id = ?) * 10 >= (SELECT count(*) FROM talk)""")) {
                ps.setLong(1, run);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /** The run's merges, in the order it made them (empty once the run is reverted or forgotten). */
    public List<Merge> merges(long run) {
        return db.read(c -> {
            List<Merge> merges = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT talk_id, incoming, why FROM import_merge WHERE run_id = ? ORDER BY id")) {
                ps.setLong(1, run);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        merges.add(new Merge(TalkId.of(rs.getLong(1)), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return merges;
        });
    }

    /** The run's state ("running", "done", "reverting", "reverted"), empty when it is not (or no longer) journalled. */
    public Optional<String> state(long run) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM import_run WHERE id = ?")) {
                ps.setLong(1, run);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Takes a run back completely, in short transactions (other writers get in between them: see Database). */
    public void revert(long run) {
        while (revertStep(run)) {
            // each step commits on its own
        }
    }

    /**
     * Takes back runs whose process is gone (it crashed, or was killed, while importing or reverting). Run when a
     * library is opened; returns how many runs it took back.
     */
    public int revertAbandoned() {
        List<Long> abandoned = db.read(c -> {
            List<Long> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, host, pid, process_started, beat FROM import_run
                     WHERE state IN ('running', 'reverting') ORDER BY id DESC""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!ownerAlive(rs.getString(2), rs.getLong(3), Sql.longOrNull(rs, "process_started"),
                            Instant.ofEpochMilli(rs.getLong(5)))) {
                        runs.add(rs.getLong(1));
                    }
                }
            }
            return runs;
        });
        for (long run : abandoned) {
            LOG.log(System.Logger.Level.WARNING, "taking back import {0}: the TalkShelf that ran it stopped before it finished", run);
            revert(run);
        }
        return abandoned.size();
    }

    private boolean ownerAlive(String host, long pid, Long started, Instant beat) {
        Owner self = me();
        if (!self.host().equals(host)) {
            // Another machine's processes cannot be seen from here: silence is the only sign.
            return beat.isAfter(clock.instant().minus(OTHER_HOST_SILENCE));
        }
        if (pid == self.pid()) {
            return true; // this process's imports finish or take themselves back before it ends
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        // A reused pid is another process: its start differs (read exactly, so no slack: ProcessStart).
        return started == null || ProcessStart.isStartOf(pid, started);
    }

    /**
     * One short transaction of taking a run back: merges first (newest first), then playlists, then added talks, and
     * last the names only this run brought in. False when nothing is left to take back.
     */
    boolean revertStep(long run) {
        return db.write(c -> {
            Long[] before = runForRevert(c, run);
            if (before == null) {
                return false;
            }
            List<long[]> merges = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, talk_id FROM import_merge WHERE run_id = ? ORDER BY id DESC LIMIT ?")) {
                Sql.bind(ps, List.of(run, MERGES_PER_STEP));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        merges.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            if (!merges.isEmpty()) {
                for (long[] merge : merges) {
                    revertMerge(c, merge[0], merge[1]);
                }
                return true;
            }
            revertPlaylists(c, run);
            if (deleteAddedTalks(c, run)) {
                return true;
            }
            deleteNamesOnlyTheRunBrought(c, before);
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET state = 'reverted', finished = ? WHERE id = ?")) {
                Sql.bind(ps, List.of(clock.instant(), run));
                ps.executeUpdate();
            }
            return false;
        });
    }

    /**
     * Claims the run for reverting; returns its speaker, event and topic watermarks, or null when nothing is to do.
     * Writes before it reads, so the transaction holds the write lock from its first statement.
     */
    private Long[] runForRevert(Connection c, long run) throws SQLException {
        Owner owner = me();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE import_run SET state = 'reverting', host = ?, pid = ?, process_started = ?, beat = ?
                 WHERE id = ? AND state <> 'reverted'""")) {
            Sql.bind(ps, Arrays.asList(owner.host(), owner.pid(), owner.started(), clock.instant(), run));
            if (ps.executeUpdate() == 0) {
                return null;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT speakers_before, events_before, topics_before FROM import_run WHERE id = ?")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    private void revertMerge(Connection c, long mergeId, long talk) throws SQLException {
        List<Object[]> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT what, before, after FROM import_change WHERE merge_id = ? ORDER BY rowid DESC")) {
            ps.setLong(1, mergeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Object[] {rs.getString(1), rs.getObject(2), rs.getObject(3)});
                }
            }
        }
        boolean topicsChanged = false;
        for (Object[] change : changes) {
            String what = (String) change[0];
            Object before = change[1];
            Object after = change[2];
            String column = COLUMNS.get(what);
            if (column != null) {
                run(c, "UPDATE talk SET " + column + " = ? WHERE id = ? AND " + column + " IS ?", before, talk, after);
                continue;
            }
            switch (what) {
                case "media" -> run(c, "UPDATE talk SET media = ?, media_kind = ? WHERE id = ? AND media IS ?",
                        before, TalkStore.mediaKind((String) before), talk, after);
                case "event" -> run(c, """
                        UPDATE talk SET event_id = (SELECT id FROM event WHERE name_key = ?)
                         WHERE id = ? AND event_id IS (SELECT id FROM event WHERE name_key = ?)""", before, talk, after);
                case "speaker" -> run(c, """
                        DELETE FROM talk_speaker WHERE talk_id = ? AND speaker_id IN (SELECT id FROM speaker WHERE name_key = ?)""",
                        talk, after);
                case "topic" -> {
                    run(c, "DELETE FROM talk_topic WHERE talk_id = ? AND topic_id IN (SELECT id FROM topic WHERE path = ?)", talk, after);
                    topicsChanged = true;
                }
                case "link" -> run(c, "DELETE FROM talk_link WHERE talk_id = ? AND url = ?", talk, after);
                case "note" -> run(c, "DELETE FROM note WHERE id = ? AND talk_id = ?", after, talk);
                case "session" -> run(c, "DELETE FROM watch_session WHERE id = ? AND talk_id = ?", after, talk);
                case "watch" -> revertWatch(c, talk, (String) before, (String) after);
                case "description" -> revertDescription(c, talk, (String) before, (String) after);
                case "transcript" -> run(c, "DELETE FROM transcript WHERE talk_id = ? AND source = ?", talk, after);
                default -> LOG.log(System.Logger.Level.WARNING, "unknown import change {0} left as it is", what);
            }
        }
        if (topicsChanged) {
            rebuildClosure(c, talk);
        }
        run(c, "DELETE FROM import_merge WHERE id = ?", mergeId);
        db.touched(talk);
    }

    /**
     * Puts the description back only while it is still the one the merge set (a later edit wins). Compared as text, not
     * as the packed blob: the same text may pack to other bytes in another version (decision 0039).
     */
    private static void revertDescription(Connection c, long talk, String before, String after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT description FROM talk WHERE id = ?")) {
            ps.setLong(1, talk);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !Objects.equals(DescriptionPacking.read(rs, 1), after)) {
                    return;
                }
            }
        }
        run(c, "UPDATE talk SET description = ? WHERE id = ?", DescriptionPacking.pack(before), talk);
    }

    /** Puts the watch state back only while it is still the one the merge set (a later play or mark wins). */
    private void revertWatch(Connection c, long talk, String before, String after) throws SQLException {
        String now;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status, position_ms, watched_at, times_watched, last_played FROM talk WHERE id = ?")) {
            ps.setLong(1, talk);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                now = encode(rs.getString(1), rs.getObject(2), rs.getObject(3), rs.getObject(4), rs.getObject(5));
            }
        }
        if (!now.equals(after)) {
            return;
        }
        String[] old = before.split("\\|", -1);
        run(c, """
                UPDATE talk SET status = ?, position_ms = ?, watched_at = ?, times_watched = ?, last_played = ? WHERE id = ?""",
                old[0], longOrNull(old[1]), longOrNull(old[2]), Long.parseLong(old[3]), longOrNull(old[4]), talk);
    }

    private static void rebuildClosure(Connection c, long talk) throws SQLException {
        run(c, "DELETE FROM talk_topic_closure WHERE talk_id = ?", talk);
        run(c, """
                WITH RECURSIVE up(id) AS (
                    SELECT topic_id FROM talk_topic WHERE talk_id = ?
                    UNION SELECT t.parent_id FROM topic t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)
                INSERT OR IGNORE INTO talk_topic_closure(topic_id, talk_id) SELECT id, ? FROM up""", talk, talk);
        // The deleted entries left the topics' figures by trigger; the new ones join them here (decision 0059).
        run(c, TopicSums.ENTER_TALK, talk);
    }

    private void revertPlaylists(Connection c, long run) throws SQLException {
        run(c, """
                DELETE FROM playlist_item WHERE EXISTS (
                    SELECT 1 FROM import_playlist ip JOIN playlist p ON p.id = ip.playlist_id AND p.created = ip.created
                     WHERE ip.run_id = ? AND ip.playlist_id = playlist_item.playlist_id AND ip.talk_id = playlist_item.talk_id)""", run);
        run(c, """
                DELETE FROM playlist WHERE EXISTS (
                    SELECT 1 FROM import_playlist ip
                     WHERE ip.run_id = ? AND ip.talk_id IS NULL AND ip.playlist_id = playlist.id AND ip.created = playlist.created)""", run);
        run(c, "DELETE FROM import_playlist WHERE run_id = ?", run);
    }

    /** Deletes the next few talks the run added (unless the id now holds another talk); false when none are left. */
    private boolean deleteAddedTalks(Connection c, long run) throws SQLException {
        List<Object[]> added = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT talk_id, title_key FROM import_added WHERE run_id = ? LIMIT ?")) {
            Sql.bind(ps, List.of(run, TALKS_PER_STEP));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    added.add(new Object[] {rs.getLong(1), rs.getObject(2)});
                }
            }
        }
        if (added.isEmpty()) {
            return false;
        }
        PreparedStatement title = db.cached("SELECT sort_title FROM talk WHERE id = ?");
        PreparedStatement delete = db.cached("DELETE FROM talk WHERE id = ?");
        PreparedStatement forget = db.cached("DELETE FROM import_added WHERE run_id = ? AND talk_id = ?");
        for (Object[] talk : added) {
            long id = (Long) talk[0];
            title.setLong(1, id);
            boolean same;
            try (ResultSet rs = title.executeQuery()) {
                same = rs.next() && sameTitle(talk[1], rs.getString(1));
            }
            if (same) {
                delete.setLong(1, id);
                delete.executeUpdate();
                db.touched(id);
            }
            Sql.bind(forget, List.of(run, id));
            forget.executeUpdate();
        }
        return true;
    }

    /** The 8 bytes {@code import_added.title_key} keeps for a title key: its 64-bit FNV-1a hash. */
    static byte[] titleCheck(String titleKey) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : titleKey.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return ByteBuffer.allocate(Long.BYTES).putLong(hash).array();
    }

    /** Whether a talk's title key is the one the run kept: as its hash, or (a run journalled before step 22) as text. */
    private static boolean sameTitle(Object kept, String sortTitle) {
        return kept instanceof byte[] hash ? Arrays.equals(hash, titleCheck(sortTitle)) : Objects.equals(kept, sortTitle);
    }

    private static void deleteNamesOnlyTheRunBrought(Connection c, Long[] before) throws SQLException {
        run(c, "DELETE FROM speaker WHERE id > ? AND NOT EXISTS (SELECT 1 FROM talk_speaker ts WHERE ts.speaker_id = speaker.id)",
                before[0]);
        run(c, "DELETE FROM event WHERE id > ? AND NOT EXISTS (SELECT 1 FROM talk t WHERE t.event_id = event.id)", before[1]);
        run(c, "DELETE FROM topic WHERE id > ? AND NOT EXISTS (SELECT 1 FROM talk_topic_closure tc WHERE tc.topic_id = topic.id)",
                before[2]);
    }

    private void change(long mergeId, String what, Object before, Object after) throws SQLException {
        PreparedStatement ps = db.cached("INSERT INTO import_change(merge_id, what, before, after) VALUES (?, ?, ?, ?)");
        Sql.bind(ps, Arrays.asList(mergeId, what, before, after));
        ps.executeUpdate();
    }

    private void changeIfDiffers(long mergeId, String what, Object before, Object after) throws SQLException {
        if (!Objects.equals(before, after)) {
            change(mergeId, what, before, after);
        }
    }

    private static long sessionId(Connection c, long talk, WatchSession session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT max(id) FROM watch_session WHERE talk_id = ? AND started = ? AND from_ms = ? AND to_ms = ?")) {
            Sql.bind(ps, List.of(talk, session.started(), session.from(), session.to()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, Arrays.asList(params));
            ps.executeUpdate();
        }
    }

    private static String encode(WatchState w) {
        return encode(w.status().label(), millis(w.position()), w.watchedAt() == null ? null : w.watchedAt().toEpochMilli(),
                w.timesWatched(), w.lastPlayedAt() == null ? null : w.lastPlayedAt().toEpochMilli());
    }

    private static String encode(String status, Object position, Object watchedAt, Object times, Object lastPlayed) {
        return status + "|" + orEmpty(position) + "|" + orEmpty(watchedAt) + "|" + orEmpty(times) + "|" + orEmpty(lastPlayed);
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Long longOrNull(String text) {
        return text.isEmpty() ? null : Long.parseLong(text);
    }

    private static Set<String> keys(List<String> names) {
        Set<String> keys = new HashSet<>();
        names.forEach(n -> keys.add(Names.key(n)));
        return keys;
    }

    private static Set<String> topics(List<String> tags) {
        Set<String> paths = new LinkedHashSet<>();
        for (String tag : tags) {
            TopicPath.normalize(tag).ifPresent(paths::add);
        }
        return paths;
    }

    private static String eventKey(String event) {
        return event == null || Names.key(event).isEmpty() ? null : Names.key(event);
    }

    private static Long millis(Duration d) {
        return d == null ? null : d.toMillis();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
