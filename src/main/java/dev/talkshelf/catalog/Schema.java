package dev.talkshelf.catalog;

import dev.talkshelf.model.SpeakerPlaceholders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalog's schema as numbered steps. Never edit a released step: add a new one. Times are epoch
 * milliseconds, durations and positions milliseconds, so every filter is an indexed integer comparison.
 */
final class Schema {
    /** Step 25's id-led index of the columns a playlist's progress and its filters read (decision 0049). */
    static final String PROGRESS_BY_ID = "talk_progress_by_id";
    /** Step 25's status-led index of what a playlist's progress reads. */
    static final String PROGRESS_BY_STATUS = "talk_progress_by_status";
    /** Step 25's index of the rated talks, led by the rating: a condition on the rating alone reads a range of it. */
    static final String RATED = "talk_rated";
    /** The rows {@link #RATED} holds: its WHERE. */
    private static final String RATED_ROWS = "rating IS NOT NULL";

    /**
     * What each partial index holds, as a condition on {@code talk t}. SQLite reads a partial index only when it can see
     * from the WHERE that every row wanted is in it, and fails a statement that names one in INDEXED BY when it cannot
     * ("no query solution"): a plan that names one states its condition itself (decision 0057).
     */
    private static final Map<String, String> PARTIAL_INDEX_ROWS = Map.of(RATED, "t." + RATED_ROWS);

    /**
     * For an index of one column's own, a wider index led by the same column and the other filter columns it holds: a
     * range read from it can keep only the talks passing conditions on those columns too (the statuses beside a year
     * from {@link #PROGRESS_BY_STATUS}: 20,000 of 280,000 ids written out at a million talks, decision 0062).
     */
    private static final Map<String, Map.Entry<String, List<String>>> WIDER_INDEXES = Map.of(
            "talk_by_status", Map.entry(PROGRESS_BY_STATUS, List.of("status", "duration_ms", "rating", "year")),
            RATED, Map.entry(RATED, List.of("rating", "status", "duration_ms", "year")));

    /**
     * Whether the library has the table {@code name}: a table a later step added is missing while an older step's
     * migration writes (its keepers then have nothing to keep).
     */
    static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The column each index of one column's own is led by. */
    private static final Map<String, String> OWN_INDEX_COLUMNS = Map.of(
            "talk_by_year", "year", "talk_by_duration", "duration_ms", "talk_by_status", "status", RATED, "rating");

    private Schema() {
    }

    /** The column an index of one column's own holds ({@code talk_by_year}: year), when it is one. */
    static Optional<String> ownIndexColumn(String index) {
        return Optional.ofNullable(OWN_INDEX_COLUMNS.get(index));
    }

    /**
     * A wider index led by the same column as an index of one column's own, and the filter columns it holds, when there
     * is one.
     */
    static Optional<Map.Entry<String, List<String>>> widerIndex(String index) {
        return Optional.ofNullable(WIDER_INDEXES.get(index));
    }

    /**
     * {@code talk t INDEXED BY index WHERE where}; for a partial index the WHERE starts with the index's own condition
     * ({@code t.rating IS NOT NULL AND (where)}), so the index stays readable however {@code where} is written or
     * rewritten by SQLite (an "or" with a part that finds nothing, a "not" around a comparison). Only a {@code where} that
     * SQLite folds whole to false ({@code 0 AND x}) takes the condition with it: the compiler sends none beside an
     * index ({@code QueryCompiler.NOTHING}).
     */
    static String talkIndexedBy(String index, String where) {
        String rows = PARTIAL_INDEX_ROWS.get(index);
        return "talk t INDEXED BY " + index + " WHERE " + (rows == null ? where : rows + " AND (" + where + ")");
    }

    /** The step that keeps the speakers' initials ({@link SpeakerInitials}); the sets are built in Java after it. */
    static final int SPEAKER_INITIALS_STEP = 26;
    /** The step that rebuilds the talks' search index without its two-letter prefix index (decision 0054). */
    static final int PLAIN_INDEX_STEP = 27;

    /** The step that keeps each topic's figures per watch status ({@link TopicSums}). */
    static final int TOPIC_SUMS_STEP = 28;

    /** The step that keeps the common topics' talks as bit sets ({@link KeptTopics}); kept in Java after it. */
    static final int KEPT_TOPICS_STEP = 29;
    /** The step that keeps a kept word's weighted count in each talk ({@link KeptFrequencies}); built when searched. */
    static final int KEPT_FREQUENCIES_STEP = 30;

    static final List<Migration> STEPS = List.of(
            new Migration(1, "talks, speakers, topics, watch state, playlists, notes and the search index", List.of(
                    """
                    CREATE TABLE event (
                        id       INTEGER PRIMARY KEY,
                        name     TEXT NOT NULL,
                        name_key TEXT NOT NULL UNIQUE
                    )""",
                    """
                    CREATE TABLE talk (
                        id            INTEGER PRIMARY KEY,
                        title         TEXT NOT NULL,
                        sort_title    TEXT NOT NULL,
                        title_key     TEXT NOT NULL,
                        description   TEXT,
                        event_id      INTEGER REFERENCES event(id),
                        year          INTEGER,
                        recorded      TEXT,
                        duration_ms   INTEGER,
                        media         TEXT,
                        added         INTEGER NOT NULL,
                        rating        INTEGER CHECK (rating BETWEEN 1 AND 5),
                        status        TEXT NOT NULL DEFAULT 'unwatched'
                                      CHECK (status IN ('unwatched', 'in-progress', 'watched', 'skipped')),
                        position_ms   INTEGER,
                        watched_at    INTEGER,
                        times_watched INTEGER NOT NULL DEFAULT 0,
                        last_played   INTEGER
                    )""",
                    "CREATE INDEX talk_by_sort_title ON talk(sort_title)",
                    "CREATE INDEX talk_by_title_key ON talk(title_key)",
                    "CREATE INDEX talk_by_event ON talk(event_id)",
                    "CREATE INDEX talk_by_year ON talk(year)",
                    "CREATE INDEX talk_by_duration ON talk(duration_ms)",
                    "CREATE INDEX talk_by_added ON talk(added)",
                    "CREATE INDEX talk_by_rating ON talk(rating)",
                    "CREATE INDEX talk_by_status ON talk(status)",
                    "CREATE INDEX talk_by_last_played ON talk(last_played)",
                    """
                    CREATE TABLE speaker (
                        id       INTEGER PRIMARY KEY,
                        name     TEXT NOT NULL,
                        name_key TEXT NOT NULL UNIQUE
                    )""",
                    """
                    CREATE TABLE talk_speaker (
                        talk_id    INTEGER NOT NULL REFERENCES talk(id) ON DELETE CASCADE,
                        ord        INTEGER NOT NULL,
                        speaker_id INTEGER NOT NULL REFERENCES speaker(id),
                        PRIMARY KEY (talk_id, ord)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX talk_speaker_by_speaker ON talk_speaker(speaker_id, talk_id)",
                    """
                    CREATE TABLE topic (
                        id        INTEGER PRIMARY KEY,
                        path      TEXT NOT NULL UNIQUE,
                        parent_id INTEGER REFERENCES topic(id)
                    )""",
                    // The topics the user gave a talk.
                    """
                    CREATE TABLE talk_topic (
                        talk_id  INTEGER NOT NULL REFERENCES talk(id) ON DELETE CASCADE,
                        topic_id INTEGER NOT NULL REFERENCES topic(id),
                        ord      INTEGER NOT NULL,
                        PRIMARY KEY (talk_id, topic_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX talk_topic_by_topic ON talk_topic(topic_id, talk_id)",
                    // Those topics and all their ancestors, once each: tag:python and the topic tree's
                    // counts become one indexed lookup instead of a LIKE over paths.
                    """
                    CREATE TABLE talk_topic_closure (
                        topic_id INTEGER NOT NULL REFERENCES topic(id),
                        talk_id  INTEGER NOT NULL REFERENCES talk(id) ON DELETE CASCADE,
                        PRIMARY KEY (topic_id, talk_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX talk_topic_closure_by_talk ON talk_topic_closure(talk_id)",
                    """
                    CREATE TABLE watch_session (
                        id       INTEGER PRIMARY KEY,
                        talk_id  INTEGER NOT NULL REFERENCES talk(id) ON DELETE CASCADE,
                        started  INTEGER NOT NULL,
                        from_ms  INTEGER NOT NULL,
                        to_ms    INTEGER NOT NULL
                    )""",
                    "CREATE INDEX watch_session_by_talk ON watch_session(talk_id, started)",
                    "CREATE INDEX watch_session_by_started ON watch_session(started)",
                    """
                    CREATE TABLE playlist (
                        id       INTEGER PRIMARY KEY,
                        name     TEXT NOT NULL,
                        name_key TEXT NOT NULL UNIQUE,
                        query    TEXT,
                        created  INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE playlist_item (
                        playlist_id INTEGER NOT NULL REFERENCES playlist(id) ON DELETE CASCADE,
                        talk_id     INTEGER NOT NULL REFERENCES talk(id) ON DELETE CASCADE,
                        ord         INTEGER NOT NULL,
                        PRIMARY KEY (playlist_id, talk_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX playlist_item_by_talk ON playlist_item(talk_id)",
                    "CREATE INDEX playlist_item_by_order ON playlist_item(playlist_id, ord)",
                    """
                    CREATE TABLE note (
                        id      INTEGER PRIMARY KEY,
                        talk_id INTEGER NOT NULL REFERENCES talk(id) ON DELETE CASCADE,
                        at_ms   INTEGER,
                        text    TEXT NOT NULL,
                        created INTEGER NOT NULL
                    )""",
                    "CREATE INDEX note_by_talk ON note(talk_id)",
                    // rowid = talk.id. Rebuilt for every talk a transaction touched (see FtsIndex).
                    """
                    CREATE VIRTUAL TABLE talk_fts USING fts5(
                        title, speakers, event, tags, description, notes,
                        tokenize = 'unicode61 remove_diacritics 2',
                        prefix = '2 3 4'
                    )"""
            )),
            new Migration(2, "thumbnails, related links and source keys for duplicate detection", List.of(
                    "ALTER TABLE talk ADD COLUMN thumbnail TEXT",
                    "ALTER TABLE talk ADD COLUMN source_key TEXT",
                    "CREATE INDEX talk_by_source_key ON talk(source_key) WHERE source_key IS NOT NULL",
                    "CREATE INDEX talk_by_media ON talk(media) WHERE media IS NOT NULL",
                    """
                    CREATE TABLE talk_link (
                        talk_id INTEGER NOT NULL REFERENCES talk(id) ON DELETE CASCADE,
                        ord     INTEGER NOT NULL,
                        url     TEXT NOT NULL,
                        PRIMARY KEY (talk_id, ord)
                    ) WITHOUT ROWID"""
            )),
            new Migration(3, "a narrow index of every filter column, newest first, for searching large libraries", List.of(
                    // Talk rows are wide (descriptions), so a filter that reads them row by row is slow at
                    // 100,000 talks. This index holds every filterable column in "added" order: listing the
                    // newest matches scans it and stops after one page; counting scans it without the rows.
                    """
                    CREATE INDEX talk_filter_by_added
                        ON talk(added, year, duration_ms, rating, status, last_played, event_id)""",
                    // The same columns by id: checking a filter for one talk (a word's match, a facet's hit)
                    // reads a 40-byte index entry instead of a talk row with its description.
                    """
                    CREATE INDEX talk_facts
                        ON talk(id, year, duration_ms, rating, status, added, last_played, event_id, sort_title)"""
            )),
            new Migration(4, "search index with stroked letters folded (Łukasz is found as lukasz)", List.of(
                    "DELETE FROM talk_fts",
                    FtsIndex.INSERT_ROWS
            )),
            new Migration(5, "what a talk's media is (none, a link, a file) in the narrow indexes, for has:media and has:file", List.of(
                    // 0 no media, 1 a link (http:// or https://), 2 a file; kept by TalkStore with the media column.
                    // has: filters then read the narrow indexes, not the talk rows with their descriptions.
                    "ALTER TABLE talk ADD COLUMN media_kind INTEGER NOT NULL DEFAULT 0",
                    """
                    UPDATE talk SET media_kind = CASE WHEN lower(substr(media, 1, 7)) = 'http://'
                                                        OR lower(substr(media, 1, 8)) = 'https://' THEN 1 ELSE 2 END
                     WHERE media IS NOT NULL""",
                    "DROP INDEX talk_filter_by_added",
                    """
                    CREATE INDEX talk_filter_by_added
                        ON talk(added, year, duration_ms, rating, status, last_played, event_id, media_kind)""",
                    "DROP INDEX talk_facts",
                    """
                    CREATE INDEX talk_facts
                        ON talk(id, year, duration_ms, rating, status, added, last_played, event_id, sort_title, media_kind)"""
            )),
            new Migration(6, "no indexes the search never uses, for faster imports", List.of(
                    // title_key always equals sort_title, which has its own index; "added" and "rating" filters
                    // and orders go through talk_filter_by_added and talk_facts.
                    "DROP INDEX talk_by_title_key",
                    "DROP INDEX talk_by_added",
                    "DROP INDEX talk_by_rating"
            )),
            new Migration(7, "search index with prefix indexes of 5 and 6 letters, for frequent words", List.of(
                    // Every word is searched as a prefix ("python"*): without a prefix index of its length FTS5
                    // merges the doclists of every indexed term starting with it (python, pythonic, python3...),
                    // which dominated searches for frequent words of 5 or more letters.
                    "DROP TABLE talk_fts",
                    """
                    CREATE VIRTUAL TABLE talk_fts USING fts5(
                        title, speakers, event, tags, description, notes,
                        tokenize = 'unicode61 remove_diacritics 2',
                        prefix = '2 3 4 5 6'
                    )""",
                    FtsIndex.INSERT_ROWS
            )),
            new Migration(8, "a leaner search index: no second copy of the text, written out once per large import", List.of(
                    // Contentless: the search reads only rowids and bm25 from the index, never its text, so the
                    // copy of every title and description FTS5 kept (a fifth of the library file) goes;
                    // contentless_delete keeps DELETE working for refreshed talks.
                    "DROP TABLE talk_fts",
                    """
                    CREATE VIRTUAL TABLE talk_fts USING fts5(
                        title, speakers, event, tags, description, notes,
                        tokenize = 'unicode61 remove_diacritics 2',
                        prefix = '2 3 4 5 6',
                        content = '', contentless_delete = 1
                    )""",
                    // FTS5 writes its in-memory buffer out as a new segment (to be merged later) whenever it passes
                    // 'hashsize' bytes, 1 MB by default. With five prefix indexes a 21,700-talk import filled it
                    // ~100 times; writing and merging those segments was half its indexing time. The buffer is
                    // emptied at every commit, so only large transactions ever hold this much.
                    "INSERT INTO talk_fts(talk_fts, rank) VALUES ('hashsize', 67108864)",
                    FtsIndex.INSERT_ROWS
            )),
            new Migration(9, "an import journal, so an import stored in short transactions can be taken back", List.of(
                    // One row per import. While 'running' its talks are stored a few hundred at a time; a failure,
                    // a cancel or a crash (found when the library is next opened: the owning process is gone) takes
                    // back what the run journalled. 'done' runs are kept for undo and their merge report.
                    // host/pid/process_started name the owning process; *_before are the highest speaker, event
                    // and topic ids before the run, so names only the run brought in can be removed with it.
                    """
                    CREATE TABLE import_run (
                        id              INTEGER PRIMARY KEY,
                        started         INTEGER NOT NULL,
                        finished        INTEGER,
                        state           TEXT NOT NULL CHECK (state IN ('running', 'done', 'reverting', 'reverted')),
                        source          TEXT NOT NULL,
                        host            TEXT NOT NULL,
                        pid             INTEGER NOT NULL,
                        process_started INTEGER,
                        beat            INTEGER NOT NULL,
                        speakers_before INTEGER NOT NULL,
                        events_before   INTEGER NOT NULL,
                        topics_before   INTEGER NOT NULL
                    )""",
                    "CREATE INDEX import_run_by_state ON import_run(state)",
                    // The talks a run inserted; title_key guards against a later talk that reused a deleted id.
                    """
                    CREATE TABLE import_added (
                        run_id    INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
                        talk_id   INTEGER NOT NULL,
                        title_key TEXT NOT NULL,
                        PRIMARY KEY (run_id, talk_id)
                    ) WITHOUT ROWID""",
                    // An incoming talk merged into one already in the library, and why ('same video', ...).
                    """
                    CREATE TABLE import_merge (
                        id       INTEGER PRIMARY KEY,
                        run_id   INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
                        talk_id  INTEGER NOT NULL,
                        incoming TEXT NOT NULL,
                        why      TEXT NOT NULL
                    )""",
                    "CREATE INDEX import_merge_by_run ON import_merge(run_id, id)",
                    // What a merge filled in, as a delta: a column set (before -> after), or a speaker, topic, link,
                    // note or watch session added. before/after have no type, so values compare as stored.
                    """
                    CREATE TABLE import_change (
                        merge_id INTEGER NOT NULL REFERENCES import_merge(id) ON DELETE CASCADE,
                        what     TEXT NOT NULL,
                        before,
                        after
                    )""",
                    "CREATE INDEX import_change_by_merge ON import_change(merge_id)",
                    // A playlist the run created (talk_id NULL), or a talk it appended to an existing playlist.
                    """
                    CREATE TABLE import_playlist (
                        run_id      INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
                        playlist_id INTEGER NOT NULL,
                        created     INTEGER NOT NULL,
                        talk_id     INTEGER
                    )""",
                    "CREATE INDEX import_playlist_by_run ON import_playlist(run_id)"
            )),
            new Migration(10, "no speakers that are no person (Various Speakers, Unknown, TBA...)", List.of(
                    // The names are SpeakerPlaceholders' own constants (no user text); a name with no letter or digit
                    // has an empty key. The talks keep their other speakers and are re-indexed for search.
                    "CREATE TEMP TABLE placeholder_speaker AS SELECT id FROM speaker WHERE name_key = '' OR name_key IN ("
                            + placeholderKeys() + ")",
                    """
                    CREATE TEMP TABLE placeholder_talk AS SELECT DISTINCT talk_id FROM talk_speaker
                     WHERE speaker_id IN (SELECT id FROM temp.placeholder_speaker)""",
                    "DELETE FROM talk_speaker WHERE speaker_id IN (SELECT id FROM temp.placeholder_speaker)",
                    "DELETE FROM speaker WHERE id IN (SELECT id FROM temp.placeholder_speaker)",
                    "DELETE FROM talk_fts WHERE rowid IN (SELECT talk_id FROM temp.placeholder_talk)",
                    FtsIndex.INSERT_ROWS + " WHERE t.id IN (SELECT talk_id FROM temp.placeholder_talk)",
                    "DROP TABLE temp.placeholder_talk",
                    "DROP TABLE temp.placeholder_speaker"
            )),
            new Migration(11, "transcripts: a talk's cues, and a search index of what was said apart from the talks'", List.of(
                    // One row per talk with a transcript; its cues packed and compressed in one blob (CuePacking),
                    // so the cue text is kept once, at about a third of its size: a row per cue cost more than
                    // the text itself (rowid, times, an index by talk).
                    """
                    CREATE TABLE transcript (
                        talk_id   INTEGER PRIMARY KEY REFERENCES talk(id) ON DELETE CASCADE,
                        language  TEXT NOT NULL,
                        source    TEXT NOT NULL,
                        added     INTEGER NOT NULL,
                        cue_count INTEGER NOT NULL,
                        cues      BLOB NOT NULL
                    )""",
                    // Each cue's text, keyed by CueIds (talk id and the cue's place). Contentless: moments are read
                    // back from the packed cues. Apart from talk_fts, so transcripts do not drown title ranking.
                    """
                    CREATE VIRTUAL TABLE cue_fts USING fts5(
                        text,
                        tokenize = 'unicode61 remove_diacritics 2',
                        content = '', contentless_delete = 1
                    )""",
                    "INSERT INTO cue_fts(cue_fts, rank) VALUES ('hashsize', 67108864)",
                    // A deleted talk (or transcript) takes its cues out of the index: a virtual table has no cascade.
                    """
                    CREATE TRIGGER transcript_leaves_index AFTER DELETE ON transcript BEGIN
                        DELETE FROM cue_fts WHERE rowid >= old.talk_id * %d AND rowid < (old.talk_id + 1) * %d;
                    END""".formatted(CueIds.PER_TALK, CueIds.PER_TALK)
            )),
            new Migration(12, "the whole library's facet counts kept in the file, so a window's first facets need no counting", List.of(
                    // writes counts this library's committed write transactions (Database.write adds one in each);
                    // facet_snapshot holds the whole library's facets as they were at facets_at writes, valid while the
                    // two agree (FacetSnapshot). Counting them took 0.2-0.3 s at 100,000 talks at every start.
                    "CREATE TABLE library_writes (id INTEGER PRIMARY KEY CHECK (id = 1), writes INTEGER NOT NULL, facets_at INTEGER)",
                    "INSERT INTO library_writes(id, writes) VALUES (1, 0)",
                    "CREATE TABLE facet_snapshot (kind TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL)"
            )),
            new Migration(13, "a search index with one prefix index (2 letters) instead of five", List.of(
                    // Each prefix index adds an entry per word and length: with five (2-6 letters) the index was five
                    // times a plain one and most of an import's time went into writing it. Measured at 100,000
                    // talks (docs/performance.md, "importfast"), words of 3 or more letters are as fast without
                    // theirs: ranking reads every match anyway, and the few terms sharing a prefix are merged in
                    // passing. Two letters ("py") stay indexed: without it, such a prefix merges hundreds of terms.
                    "DROP TABLE talk_fts",
                    """
                    CREATE VIRTUAL TABLE talk_fts USING fts5(
                        title, speakers, event, tags, description, notes,
                        tokenize = 'unicode61 remove_diacritics 2',
                        prefix = '2',
                        content = '', contentless_delete = 1
                    )""",
                    "INSERT INTO talk_fts(talk_fts, rank) VALUES ('hashsize', 67108864)",
                    FtsIndex.INSERT_ROWS
            )),
            new Migration(14, "no third copy of every title in the talk rows", List.of(
                    // title_key was written equal to sort_title and read by nothing since step 6 dropped its index:
                    // ~60 bytes a talk (6 MB at 100,000 talks) and one more column to write per talk.
                    "ALTER TABLE talk DROP COLUMN title_key"
            )),
            new Migration(15, "talks found by what was said from one index row per talk; no index of every cue", List.of(
                    // said: gathered its talks from cue_fts, one row per cue: a word said in every talk walked ~50 cues
                    // a talk (115,000 at 10,000 talks) twice a search, and the index (with the sizes contentless_delete
                    // keeps) took more room than the text. One document per talk (SaidText: the cues, with a break no
                    // phrase crosses) finds the same talks from one entry each; a page's moments are read from its
                    // talks' packed cues (CueSearch). The documents of transcripts already kept are built by said_text(),
                    // which Database registers for the migration.
                    """
                    CREATE VIRTUAL TABLE said_fts USING fts5(
                        text,
                        tokenize = 'unicode61 remove_diacritics 2',
                        content = '', contentless_delete = 1
                    )""",
                    "INSERT INTO said_fts(rowid, text) SELECT talk_id, said_text(cues) FROM transcript",
                    "DROP TRIGGER transcript_leaves_index",
                    "DROP TABLE cue_fts",
                    """
                    CREATE TRIGGER transcript_leaves_index AFTER DELETE ON transcript BEGIN
                        DELETE FROM said_fts WHERE rowid = old.talk_id;
                    END"""
            // Dropping cue_fts frees more than a third of a library with transcripts (102.6 -> 127 MB at 10,000
            // talks without it, 69 MB with it): the file is rebuilt after the upgrade.
            ), true),
            new Migration(16, "the matches of the few words found in much of the library, kept as bitmaps", List.of(
                    // A word in most talks (python) walked its whole search-index list for its count and again for its
                    // matches, 5-7 ms each at 100,000 talks. KeptWords keeps such a word's count and its matches in
                    // pieces of 65,536 ids, once a search has found it common, and every write updates them.
                    "CREATE TABLE kept_word (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
                    """
                    CREATE TABLE kept_word_ids (
                        word  TEXT NOT NULL REFERENCES kept_word(word) ON DELETE CASCADE,
                        chunk INTEGER NOT NULL,
                        bits  BLOB NOT NULL,
                        PRIMARY KEY (word, chunk)
                    ) WITHOUT ROWID"""
            )),
            new Migration(17, "an import finds the talks with a title at an event from one index range", List.of(
                    // An import's duplicate check looks for talks with the incoming title at the same event (or at
                    // none). By title alone it walked every talk so titled: ~10,000 "Keynote"s in a million-talk
                    // library, for each one imported, which made a million-talk import quadratic (decision 0029).
                    // The event's index gains the title: one index more would cost every import a fifth index
                    // insert per talk; the facets' walk of it by event (FacetIndex) reads it as before.
                    "DROP INDEX talk_by_event",
                    "CREATE INDEX talk_by_event ON talk(event_id, sort_title)"
            )),
            new Migration(18, "transcripts packed with LZ4, which a page of moments unpacks ten times faster", List.of(
                    // A said: search's moments unpack the page's 200 transcripts (~5 MB of text): inflating them was
                    // the largest part of the search. LZ4 unpacks them in a tenth of the time for ~15 % more room
                    // (decision 0030). repacked_cues() is CuePacking's, registered by Database for migrating.
                    "UPDATE transcript SET cues = repacked_cues(cues)"
            )),
            new Migration(19, "kept words keep their matches in titles too, which rank a common word's many matches", List.of(
                    // A word in more talks than are scored one by one is ranked by where it stands: matches in the title
                    // first, then the others, newest first each (decision 0032). part 0 holds every match, part 1 the
                    // title matches. The words kept so far have no title bitmap: they are kept again (KeptWords.keepCommon,
                    // at the end of the upgrade, or by the next search that finds them common).
                    "DROP TABLE kept_word_ids",
                    "DELETE FROM kept_word",
                    """
                    CREATE TABLE kept_word_ids (
                        word  TEXT NOT NULL REFERENCES kept_word(word) ON DELETE CASCADE,
                        part  INTEGER NOT NULL,
                        chunk INTEGER NOT NULL,
                        bits  BLOB NOT NULL,
                        PRIMARY KEY (word, part, chunk)
                    ) WITHOUT ROWID"""
            )),
            new Migration(20, "talks listed newest year first, then by title, from one index", List.of(
                    // Sorted by year, a topic most talks have (tag:python, 77 % of the talks) sorted all of them for a
                    // page (60-90 ms at 100,000 talks, past the time limit at a million); walking this index and
                    // seeking each talk in the topic's index stops after a page. Descending, so NULL years come last
                    // as the order asks. talk_by_year stays: year ranges and the year facets read its narrower entries.
                    "CREATE INDEX talk_by_year_title ON talk(year DESC, sort_title)"
            )),
            new Migration(21, "what was said kept for the terms found in many transcripts", List.of(
                    // A said: word in every transcript (python) was ranked by bm25 over its whole said_fts list and its
                    // page's moments looked through the page's ~5 MB of cues. KeptSaid keeps, per talk holding a term a
                    // search found common, its count, the talk's length and the cues holding it (decision 0035). The
                    // terms are kept by the first search that finds them common, in an upgraded library as in a new one:
                    // nothing says which words its owner searches.
                    "CREATE TABLE kept_said_term (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)",
                    """
                    CREATE TABLE kept_said (
                        term_id INTEGER NOT NULL REFERENCES kept_said_term(id) ON DELETE CASCADE,
                        talk_id INTEGER NOT NULL,
                        tf      INTEGER NOT NULL,
                        dl      INTEGER NOT NULL,
                        hits    BLOB NOT NULL,
                        PRIMARY KEY (term_id, talk_id)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TRIGGER transcript_leaves_kept_said AFTER DELETE ON transcript BEGIN
                        DELETE FROM kept_said WHERE term_id IN (SELECT id FROM kept_said_term) AND talk_id = old.talk_id;
                    END"""
            )),
            new Migration(22, "long descriptions kept deflated, and a source key that is the media kept once", List.of(
                    // Descriptions were ~95 MB of a 100,000-talk library's 370 MB; deflated they keep ~57 % of it
                    // (decision 0039). Short ones stay text, as DescriptionPacking writes them; both forms read back
                    // the same. packed_description() is DescriptionPacking's, registered by Database for migrating.
                    // (import_added.title_key needs no step: new runs keep an 8-byte hash there, old ones text; both
                    // read, see ImportJournal.)
                    "UPDATE talk SET description = packed_description(description) WHERE typeof(description) = 'text'",
                    // A source key that is the talk's media itself (every PyVideo talk's: its video link) was kept
                    // twice, in two indexes (~12 MB at 100,000 talks): now '' stands for "the media" (TalkStore), out of
                    // the source keys' index. The media's own index finds it. When such a talk's media changes, its
                    // source key is written out first, so it keeps the key it was imported with.
                    "UPDATE talk SET source_key = '' WHERE source_key = media",
                    "DROP INDEX talk_by_source_key",
                    "CREATE INDEX talk_by_source_key ON talk(source_key) WHERE source_key IS NOT NULL AND source_key <> ''",
                    """
                    CREATE TRIGGER IF NOT EXISTS talk_keeps_source_key AFTER UPDATE OF media ON talk
                      WHEN old.source_key = '' AND new.media IS NOT old.media BEGIN
                        UPDATE talk SET source_key = old.media WHERE id = new.id;
                    END"""
            )),
            new Migration(23, "the kept facet counts survive writes that change no facet, and follow watch statuses", facetTriggers()),
            new Migration(24, "a search index of speaker names, so speaker:a reads names instead of every word", List.of(
                    // speaker:X searched talk_fts's speakers column: a one- or two-letter prefix there merges the lists of
                    // every word with that prefix in every column (descriptions too) before the column filter applies,
                    // 76 ms for speaker:a at 100,000 talks (decision 0043). rowid = speaker.id; the names folded as
                    // talk_fts folds them. One-letter prefixes are indexed: the table is small. Built afresh from the
                    // speakers whatever the file holds, as the triggers are.
                    "DROP TABLE IF EXISTS speaker_fts",
                    """
                    CREATE VIRTUAL TABLE speaker_fts USING fts5(
                        name,
                        tokenize = 'unicode61 remove_diacritics 2',
                        prefix = '1 2',
                        content = '', contentless_delete = 1
                    )""",
                    SpeakerIndex.INSERT_ROWS,
                    // New speakers are added at the commit of the write that brought them (SpeakerIndex.add): a trigger on
                    // inserts would make each insert of an import open a statement journal, and FTS5 then writes its
                    // pending rows out as one more segment. Deletes (an import taken back) and renames (another program:
                    // TalkShelf never renames a speaker) are rare.
                    "DROP TRIGGER IF EXISTS speaker_leaves_index",
                    """
                    CREATE TRIGGER speaker_leaves_index AFTER DELETE ON speaker BEGIN
                        DELETE FROM speaker_fts WHERE rowid = old.id;
                    END""",
                    "DROP TRIGGER IF EXISTS speaker_renamed_in_index",
                    """
                    CREATE TRIGGER speaker_renamed_in_index AFTER UPDATE OF id, name ON speaker BEGIN
                        DELETE FROM speaker_fts WHERE rowid = old.id;
                        INSERT INTO speaker_fts(rowid, name) VALUES (new.id, %s);
                    END""".formatted(TextFold.sql("new.name"))
            )),
            new Migration(25, "narrow indexes that count a playlist's progress without reading every talk", List.of(
                    // A playlist's progress needs each talk's status, length and, in progress, position (decision 0049).
                    // Read by id (the talks of a topic, of words, of a manual playlist) from talk_facts, which holds the
                    // sort titles, it was 12,900 seeks for 15 ms at 100,000 talks, and the position came from the wide
                    // row; this id-led index holds every narrow column and the position in under half the pages.
                    "CREATE INDEX IF NOT EXISTS " + PROGRESS_BY_ID
                            + " ON talk(id, status, duration_ms, position_ms, year, rating, added, last_played, event_id, media_kind)",
                    // A smart playlist of columns was a scan of every talk: one with a status (status:unwatched
                    // duration:<15m) now reads its range of this index, one with a rating (rating:>=4) the rated talks'.
                    "CREATE INDEX IF NOT EXISTS " + PROGRESS_BY_STATUS + " ON talk(status, duration_ms, rating, year, position_ms)",
                    "CREATE INDEX IF NOT EXISTS " + RATED
                            + " ON talk(rating, status, duration_ms, position_ms, year) WHERE " + RATED_ROWS
            )),
            // speaker:a gathered its speakers' 42,181 talk entries as text at 100,000 talks (4-5 ms, decision 0046): the
            // talks of each one-character prefix are kept as bit sets, exact in every write (decision 0053). Database
            // builds them right after these statements, in the same transaction.
            new Migration(SPEAKER_INITIALS_STEP, "the talks of each speaker initial kept as bit sets", SpeakerInitials.SCHEMA),
            // The two-letter prefix index was 47 MB of a 300 MB library at 100,000 talks (a plain index of the same text
            // 72.6 MB, 119.8 MB with it). The common two-letter prefixes are kept words now (KeptWords, decision 0054);
            // a rare one merges its few terms. Database rebuilds the index from the talks right after this step's
            // (empty) statements, in the same transaction (FtsIndex.rebuild), and the file is rebuilt after the upgrade.
            new Migration(PLAIN_INDEX_STEP, "a search index without a prefix index; common two-letter prefixes kept",
                    List.of(), true),
            // A playlist of a topic sought each of its talks in talk_progress_by_id for its status, length and position:
            // 129,000 seeks, ~70 ms at a million talks. The figures per topic and status are kept (decision 0059).
            new Migration(TOPIC_SUMS_STEP, "each topic's talks and time left kept per watch status", TopicSums.SCHEMA),
            // tag:python beside a status or a duration sought 300,000 talks in python's entries or read its 775,420 of
            // them at a million talks (50-80 ms either way): a common topic's talks are kept as bit sets (decision 0069).
            new Migration(KEPT_TOPICS_STEP, "the talks of the common topics kept as bit sets", KeptTopics.SCHEMA),
            // how asyncio (how* in 45 % of the talks) had FTS5 merge the list of every word starting with "how" twice,
            // for the matches and for bm25's count: 12-18 ms at 100,000 talks. A kept word under half the library keeps
            // each talk's weighted count, and its share of bm25 is added here (decision 0082). Empty until searched.
            new Migration(KEPT_FREQUENCIES_STEP, "a kept word's weighted count in each talk", KeptFrequencies.SCHEMA)
    );



    /**
     * Step 23 (decision 0040): the kept whole-library facets ({@link FacetSnapshot}) are retired only by the writes that
     * can change them. Talks added, deleted or re-indexed (their speakers, topics or event changed) retire them in
     * {@link Database}; these triggers cover, in the file, what changes a facet without touching a talk's text, from any
     * TalkShelf, and roll back with their write. Inserts and deletes have no trigger on purpose: a trigger makes every
     * such statement of an import open a statement journal, and FTS5 then writes its pending rows out as one more segment.
     */
    private static List<String> facetTriggers() {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE INDEX IF NOT EXISTS facet_snapshot_by_value ON facet_snapshot(kind, value)");
        String retire = "UPDATE library_writes SET facets_at = NULL WHERE facets_at IS NOT NULL;";
        List<String[]> changes = List.of(
                new String[] {"talk_moved_retires_facets", "AFTER UPDATE OF event_id, year ON talk"},
                new String[] {"speaker_changed_retires_facets", "AFTER UPDATE ON talk_speaker"},
                new String[] {"topic_changed_retires_facets", "AFTER UPDATE ON talk_topic_closure"},
                new String[] {"speaker_renamed_retires_facets", "AFTER UPDATE OF name ON speaker"},
                new String[] {"event_renamed_retires_facets", "AFTER UPDATE OF name ON event"},
                new String[] {"topic_renamed_retires_facets", "AFTER UPDATE OF path ON topic"});
        for (String[] change : changes) {
            statements.add("CREATE TRIGGER IF NOT EXISTS " + change[0] + " " + change[1] + " BEGIN " + retire + " END");
        }
        // A status change moves the talk from one kept count to the other; a count that reaches 0 leaves (as a
        // counted value with no talk is left out). Kept while retired too: harmless, the next count replaces them.
        statements.add("""
                CREATE TRIGGER IF NOT EXISTS status_moves_kept_facets AFTER UPDATE OF status ON talk WHEN old.status IS NOT new.status BEGIN
                    UPDATE facet_snapshot SET n = n - 1 WHERE kind = 'status' AND value = old.status;
                    DELETE FROM facet_snapshot WHERE kind = 'status' AND value = old.status AND n <= 0;
                    UPDATE facet_snapshot SET n = n + 1 WHERE kind = 'status' AND value = new.status;
                    INSERT INTO facet_snapshot(kind, value, n) SELECT 'status', new.status, 1
                      WHERE NOT EXISTS (SELECT 1 FROM facet_snapshot WHERE kind = 'status' AND value = new.status);
                END""");
        return statements;
    }

    /** The placeholder names' keys as a list of SQL string literals. */
    private static String placeholderKeys() {
        return SpeakerPlaceholders.placeholderKeys().stream()
                .map(k -> "'" + k.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
    }

    static int latestVersion() {
        return STEPS.get(STEPS.size() - 1).version();
    }
}
