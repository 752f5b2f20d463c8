package dev.talkshelf.catalog;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The library file: checking it before anything touches it, opening it (WAL, foreign keys), migrating its schema
 * step by step, and running work on it. Two connections: writes run on the write connection, each outer write in
 * a transaction that takes the write lock up front ({@code BEGIN IMMEDIATE}) and waits for it — behind another
 * TalkShelf process, and behind this process's other writers, who queue on a fair lock — up to a minute. Reads run
 * on a read connection of their own (WAL lets it read beside a writer, here or in another process), so a read never
 * waits for a write; a read inside a write on the same thread runs on the write connection and sees that
 * transaction's rows. Writes nest: an inner write joins the outer transaction, and the search index is brought up to
 * date for every talk the transaction touched just before it commits. See docs/decisions/0006-one-waiting-writer-and-a-read-connection.md.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    /** How long a write waits for the library before it gives up. */
    static final Duration WAIT_LIMIT = Duration.ofMinutes(1);
    /** A write that has waited this long tells its {@link WriteWaitListener}. */
    static final Duration WAIT_NOTICE = Duration.ofSeconds(1);
    /**
     * SQLite's own busy handler sleeps longer and longer (up to 100 ms) between tries, and so misses the gaps between
     * another process's short transactions; the write lock is tried here every few milliseconds instead.
     */
    private static final long RETRY_SLEEP_NANOS = 500_000;
    /**
     * A writer that committed this recently pauses this long before it takes the lock again, so that a writer waiting
     * in another process (trying every half millisecond) gets in between short transactions run back to back.
     */
    private static final long GAP_AFTER_COMMIT_NANOS = 1_500_000;

    /** The page size of a library created from now on (bytes). */
    static final int NEW_LIBRARY_PAGE_SIZE = 8192;

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ReentrantLock readLock = new ReentrantLock();
    private final TouchedTalks touchedTalks = new TouchedTalks();
    /**
     * This write added, deleted or re-indexed a talk, so its speakers, topics, event or year may have changed: the kept
     * facet counts are retired at its commit (decision 0040). Kept apart from {@link #touchedTalks}, which indexing
     * part of the way ({@link #indexTouched}) empties, and set even for inserts left unindexed.
     */
    private boolean facetsMayHaveChanged;
    /** The talks this write edits one by one, with their facet values before: the kept counts move at its commit. */
    private final FacetMoves facetMoves = new FacetMoves();
    /** The speakers this write inserted, added to the speakers' search index just before the commit. */
    private final SpeakerIndex newSpeakers = new SpeakerIndex();
    /** The touched talks' new index text for the kept words' bitmaps, applied just before the commit. */
    private final KeptWords.Pending keptPending = new KeptWords.Pending();
    /** The talks this write re-indexed: their speakers may have changed, and the speaker initials' sets follow them. */
    private final Set<Long> initialsPending = new HashSet<>();
    /** The talks this write inserted (indexed or not), deleted or re-indexed: the kept topics' sets follow them. */
    private final Set<Long> topicsPending = new HashSet<>();
    /** The thread whose writes insert talks without index rows ({@link #leaveInsertsUnindexed}), or null. */
    private volatile Thread unindexedInserts;
    /** Writers of other processes say here that they wait, so a long writer can let them in ({@link #writerWaiting}). */
    private final WaitingWriters waitingElsewhere;
    private final Map<Connection, Map<String, PreparedStatement>> statements = new ConcurrentHashMap<>();
    private final Map<String, NamedRow> transactionRows = new HashMap<>();
    /** The connection the current thread's work runs on, for {@link #cached} and {@link #lastInsertId}. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final WriteWaitListener waits;
    private int readDepth;
    /** Writes committed on the write connection; with {@code PRAGMA data_version} it makes {@link #version}. */
    private final AtomicLong committedWrites = new AtomicLong();
    private final PendingTopicSums pendingTopicSums = new PendingTopicSums();
    private volatile Duration waitLimit = WAIT_LIMIT;
    /** When the last outer write committed ({@link System#nanoTime}); only under the write lock. */
    private long lastCommit = System.nanoTime() - GAP_AFTER_COMMIT_NANOS;
    private Path lastBackup;
    private boolean closed;

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(Path file, Connection writer, Connection reader, WriteWaitListener waits) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.waits = waits;
        this.waitingElsewhere = new WaitingWriters(file);
    }

    /** Opens (creating if needed) and migrates the library at {@code file}. */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Database open(Path file, Clock clock) {
        return open(file, clock, WriteWaitListener.NONE);
    }

    /**
     * Opens (creating if needed) and migrates the library at {@code file}; {@code waits} hears of writes that wait
     * for another TalkShelf. A file TalkShelf must not use (not a library, damaged, from a newer TalkShelf,
     * read-only) is refused before SQLite opens it, and left exactly as it was.
     */
    public static Database open(Path file, Clock clock, WriteWaitListener waits) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new CatalogException(absolute + " is a folder, not a library file");
        }
        try {
            if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new CatalogException("cannot create the folder for the library " + absolute + ": " + e.getMessage(), e);
        }
        LibraryFileCheck.requireUsable(absolute);
        Connection writer = null;
        Connection reader = null;
        try {
            writer = connect(absolute);
            requireLibraryTables(writer, absolute);
            // Takes effect only in a new, empty file (before the WAL switch writes its header); an existing library
            // keeps its page size. Talk rows with descriptions are ~1.3 KB, and each page ends with room too small for
            // the next row: with 4 KB pages that was a sixth of the talk table, with 8 KB pages half as much (decision 0022).
            execute(writer, "PRAGMA page_size = " + NEW_LIBRARY_PAGE_SIZE);
            // Also for a new file only: pages a write frees can be given back (releaseFreePages). An import's search
            // index merges leave ~6 MB of them at 100,000 talks (decision 0039). Asked only while the file is empty:
            // on an existing library the pragma writes, and would wait for another TalkShelf's write to open it.
            if (isEmpty(writer)) {
                execute(writer, "PRAGMA auto_vacuum = INCREMENTAL");
            }
            configure(writer);
            reader = connect(absolute);
            configure(reader);
        } catch (SQLException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw new CatalogException(absolute.getFileName() + describeOpenFailure(e), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw e;
        }
        Database db = new Database(absolute, writer, reader, waits);
        try {
            // From here on the writer waits in write(), trying every few milliseconds, not in SQLite's busy handler.
            execute(writer, "PRAGMA busy_timeout = 0");
            // The writer reads through its page cache, not a mapping of the file: every page a large import touched
            // stayed mapped and counted in the process's memory (a 108,575-talk import: peak RSS 612 -> 482 MB with
            // -Xmx384m, no slower). Searches run on the read connection and keep the mapping.
            execute(writer, "PRAGMA mmap_size = 0");
            db.migrate(clock);
            return db;
        } catch (SQLException e) {
            db.close();
            throw new CatalogException(absolute.getFileName() + describeOpenFailure(e), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static String describeOpenFailure(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("NOTADB")) {
            return " is not a TalkShelf library (not an SQLite database)";
        }
        if (m.contains("CORRUPT")) {
            return " is damaged; nothing was changed. Restore a backup with: talkshelf restore FILE";
        }
        if (m.contains("READONLY") || m.contains("CANTOPEN")) {
            return " cannot be opened for writing (read-only file or folder?)";
        }
        return " cannot be read as a TalkShelf library";
    }

    private static Connection connect(Path file) throws SQLException {
        Properties options = new Properties();
        // Otherwise the driver prepares and runs "SELECT last_insert_rowid()" after every INSERT, wanted
        // or not: a third of the statements of a large import. Ids come from lastInsertId() instead.
        options.setProperty("jdbc.get_generated_keys", "false");
        // SQLite's own lock on the connection is taken and released in every call (bind, step, column, reset): 2.8 % of
        // an import's storing thread. Each connection here is used by one thread at a time already (the write and read
        // locks below, and the driver's native calls are synchronized on the connection), so it goes (decision 0074).
        SQLiteConfig modes = new SQLiteConfig();
        modes.setOpenMode(SQLiteOpenMode.NOMUTEX);
        options.setProperty(SQLiteConfig.Pragma.OPEN_MODE.pragmaName, String.valueOf(modes.getOpenModeFlags()));
        return DriverManager.getConnection("jdbc:sqlite:" + file, options);
    }

    /**
     * Before anything is configured (the WAL switch writes to the file): the schema as SQLite sees it, WAL pages
     * included, is TalkShelf's and not newer than this TalkShelf. Reading leaves the file as it was.
     */
    private static void requireLibraryTables(Connection c, Path file) throws SQLException {
        int version = userVersion(c);
        LibraryFileCheck.requireKnownVersion(file.getFileName(), version);
        boolean anyTable;
        boolean talkTable;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*), coalesce(sum(name = 'talk'), 0) FROM sqlite_schema WHERE type = 'table'")) {
            rs.next();
            anyTable = rs.getInt(1) > 0;
            talkTable = rs.getInt(2) > 0;
        }
        if (anyTable && !talkTable || version == 0 && anyTable) {
            throw LibraryFileCheck.foreign(file.getFileName());
        }
    }

    public Path file() {
        return file;
    }

    /** The backup copy made before the last migration of an existing library, if one was made. */
    public Optional<Path> lastBackup() {
        return Optional.ofNullable(lastBackup);
    }

    public int schemaVersion() {
        return read(Database::userVersion);
    }

    public static int latestSchemaVersion() {
        return Schema.latestVersion();
    }

    /** How long a write waits for the library before it fails (a minute; tests shorten it). */
    void waitLimit(Duration limit) {
        this.waitLimit = limit;
    }

    /**
     * Runs read-only work on the read connection, beside any writer; inside a write on this thread, on the write
     * connection (so it sees the transaction's own rows). The work sees one consistent state of the library.
     */
    public <T> T read(Work<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            writePendingTopicSums();
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw new CatalogException("the library could not be read", e);
            }
        }
        readLock.lock();
        Connection before = current.get();
        boolean outer = readDepth == 0;
        try {
            requireOpen();
            current.set(reader);
            if (outer) {
                execute(reader, "BEGIN");
            }
            readDepth++;
            try {
                return work.run(reader);
            } finally {
                readDepth--;
                if (outer) {
                    endRead();
                }
            }
        } catch (SQLException e) {
            throw new CatalogException("the library could not be read", e);
        } finally {
            current.set(before);
            readLock.unlock();
        }
    }

    private void endRead() {
        try {
            execute(reader, "COMMIT");
        } catch (SQLException e) {
            // A statement left running (a result set not closed) keeps the snapshot; ROLLBACK ends it all the same.
            LOG.log(System.Logger.Level.WARNING, "could not end a read transaction", e);
            try {
                execute(reader, "ROLLBACK");
            } catch (SQLException again) {
                LOG.log(System.Logger.Level.WARNING, "could not roll back a read transaction", again);
            }
        }
    }

    /**
     * Runs work in a transaction; a write inside a write joins it. The outer write first takes the library's write
     * lock, waiting for this process's other writers and for other processes (up to a minute, then
     * {@link LibraryBusyException}). On any exception the whole outer transaction rolls back.
     */
    /**
     * Gives the file's free pages back to the file system, in a write of its own: after an import, whose index merges
     * free pages it will not use again. Only a library made with incremental auto-vacuum (since decision 0039) can;
     * in an older one this does nothing.
     */
    public void releaseFreePages() {
        write(c -> {
            long free;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT CASE WHEN auto_vacuum = 2 THEN freelist_count ELSE 0 END"
                         + " FROM pragma_auto_vacuum, pragma_freelist_count")) {
                free = rs.next() ? rs.getLong(1) : 0;
            }
            // The driver steps a statement once, and each step of incremental_vacuum gives back one page.
            try (PreparedStatement ps = c.prepareStatement("PRAGMA incremental_vacuum")) {
                for (long i = 0; i < free; i++) {
                    ps.execute();
                }
            }
            return null;
        });
    }

    public <T> T write(Work<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            writePendingTopicSums();
            return nested(work);
        }
        long start = System.nanoTime();
        boolean[] told = {false};
        lockInProcess(start, told);
        return locked(work, start, told, true);
    }

    /**
     * As {@link #write}, for work that only adds a new talk's own rows (its insert, {@link TalkStore#insert}; its journal
     * entry, {@link ImportJournal#added}): inside a transaction, the topic figures its earlier new talks added stay summed
     * in memory ({@link PendingTopicSums}), as nothing there fires or reads them.
     */
    <T> T writeNewTalk(Work<T> work) {
        return writeLock.isHeldByCurrentThread() ? nested(work) : write(work);
    }

    /** A new talk's topic entry adds its figures at the commit, or before the transaction's next other work. */
    void enterTopicSums(long topic, TopicSums.Figures figures) {
        pendingTopicSums.add(topic, figures);
    }

    /**
     * Only inside a write on this thread, whose work runs on the write connection ({@link #cached} gives its statement).
     */
    private void writePendingTopicSums() {
        if (pendingTopicSums.isEmpty()) {
            return;
        }
        try {
            pendingTopicSums.write(cached(TopicSums.ENTER));
        } catch (SQLException e) {
            throw new CatalogException(describeWriteFailure(e), e);
        }
    }

    /**
     * Runs work in a write transaction only if nobody else writes right now, in this process or another; empty
     * otherwise, without waiting and without telling the user of a wait. For writes that only save time later (a
     * kept word), which must never hold up the search that asks for them.
     */
    public <T> Optional<T> writeIfFree(Work<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            writePendingTopicSums();
            return Optional.ofNullable(nested(work));
        }
        if (!writeLock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(locked(work, System.nanoTime(), new boolean[] {false}, false));
        } catch (LibraryNotFree e) {
            return Optional.empty();
        }
    }

    /** Another process holds the library's write lock, and the write was not to wait ({@link #writeIfFree}). */
    private static final class LibraryNotFree extends RuntimeException {
        LibraryNotFree() {
            super(null, null, false, false);
        }
    }

    /** The write transaction itself, with this process's write lock held (and released here). */
    private <T> T locked(Work<T> work, long start, boolean[] told, boolean waitForOthers) {
        Connection before = current.get();
        boolean begun = false;
        try {
            requireOpen();
            current.set(writer);
            if (waitForOthers) {
                beginImmediate(start, told);
            } else {
                beginImmediateOrGiveUp();
            }
            begun = true;
            T result = nested(work);
            // The last index rows first, then the writes to other tables: the first of those makes FTS5 write out every
            // row it holds as one segment, and the commit finds nothing left. Counted before the last index rows (as
            // before), a transaction that had indexed as it went (an import) wrote two segments, and FTS5 merged both.
            refreshTouchedIndexRows();
            writePendingTopicSums();
            newSpeakers.add(writer);
            KeptWords.apply(writer, keptPending);
            SpeakerInitials.apply(writer, initialsPending);
            KeptTopics.apply(writer, topicsPending);
            // Edits of single talks move the kept counts (decision 0047); anything else that may change a facet retires them.
            FacetSnapshot.countWrite(writer, facetsMayHaveChanged || !facetMoves.isEmpty() && !facetMoves.apply(writer));
            execute(writer, "COMMIT");
            lastCommit = System.nanoTime();
            committedWrites.incrementAndGet();
            return result;
        } catch (SQLException e) {
            if (begun) {
                rollback();
            }
            throw new CatalogException(describeWriteFailure(e), e);
        } catch (RuntimeException | Error e) {
            if (begun) {
                rollback();
            }
            throw e;
        } finally {
            if (told[0]) {
                tellDone(start);
            }
            forgetTransaction();
            current.set(before);
            writeLock.unlock();
        }
    }

    /**
     * True when another writer waits: a thread of this process, or a TalkShelf in another process (it says so on a side
     * file while it waits). Long work inside a write (an import) ends its transaction early so that writer gets in at
     * once. Only inside a write.
     */
    public boolean writerWaiting() {
        return writeLock.hasQueuedThreads() || waitingElsewhere.anyWaiting();
    }

    /**
     * Brings the search index up to date for the talks this transaction touched so far, instead of all at its commit.
     * Long work inside a write (an import) calls it every few hundred talks, so that when another writer waits only
     * the last few talks are left to index before the commit lets it in. Only inside a write.
     */
    public void indexTouched() {
        if (!writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("the search index is brought up to date only inside a write");
        }
        try {
            refreshTouchedIndexRows();
        } catch (SQLException e) {
            throw new CatalogException(describeWriteFailure(e), e);
        }
        touchedTalks.clear();
    }

    private <T> T nested(Work<T> work) {
        try {
            return work.run(writer);
        } catch (SQLException e) {
            throw new CatalogException(describeWriteFailure(e), e);
        }
    }


    /** This process's writers queue, first come first served. */
    private void lockInProcess(long start, boolean[] told) {
        try {
            if (writeLock.tryLock(WAIT_NOTICE.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
            tell(told);
            long left = waitLimit.toNanos() - (System.nanoTime() - start);
            if (left > 0 && writeLock.tryLock(left, TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (told[0]) {
                tellDone(start);
            }
            throw new CatalogException("the change was cancelled while it waited for the library; nothing was changed", e);
        }
        tellDone(start);
        throw busy();
    }

    private void beginImmediateOrGiveUp() throws SQLException {
        try {
            execute(writer, "BEGIN IMMEDIATE");
        } catch (SQLException e) {
            if (isBusy(e)) {
                throw new LibraryNotFree();
            }
            throw e;
        }
    }

    /** Takes the library's write lock (against other processes) before the work reads anything. */
    private void beginImmediate(long start, boolean[] told) throws SQLException {
        long sinceCommit = System.nanoTime() - lastCommit;
        if (sinceCommit < GAP_AFTER_COMMIT_NANOS) {
            LockSupport.parkNanos(GAP_AFTER_COMMIT_NANOS - sinceCommit);
        }
        FileLock saidWaiting = null;
        try {
            while (true) {
                try {
                    execute(writer, "BEGIN IMMEDIATE");
                    return;
                } catch (SQLException e) {
                    if (!isBusy(e)) {
                        throw e;
                    }
                }
                if (saidWaiting == null) {
                    saidWaiting = waitingElsewhere.waiting();
                }
                waitBeforeRetry(start, told);
            }
        } finally {
            WaitingWriters.done(saidWaiting);
        }
    }

    private void waitBeforeRetry(long start, boolean[] told) {
        long waited = System.nanoTime() - start;
        if (waited >= waitLimit.toNanos()) {
            throw busy();
        }
        if (waited >= WAIT_NOTICE.toNanos()) {
            tell(told);
        }
        LockSupport.parkNanos(RETRY_SLEEP_NANOS);
        if (Thread.currentThread().isInterrupted()) {
            throw new CatalogException("the change was cancelled while it waited for the library; nothing was changed");
        }
    }

    private void tell(boolean[] told) {
        if (!told[0]) {
            told[0] = true;
            try {
                waits.waiting();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a write wait listener failed", e);
            }
        }
    }

    private void tellDone(long start) {
        try {
            waits.done(Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a write wait listener failed", e);
        }
    }

    private LibraryBusyException busy() {
        return new LibraryBusyException("the library is busy in another TalkShelf (waited " + waitLimit.toSeconds()
                + " s); nothing was changed. Try again when it has finished.");
    }

    private static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
    }

    private void requireOpen() {
        if (closed) {
            throw new CatalogException("the library is closed");
        }
    }

    /**
     * The library's version: it changes whenever a write commits, on this process's write connection or in another
     * process, so results cached under one version are never stale. Only inside {@link #read} or {@link #write}, with
     * the connection the work was given; versions taken on different connections never compare equal.
     */
    LibraryVersion version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return new LibraryVersion(c == writer, committedWrites.get(), rs.next() ? rs.getLong(1) : 0L);
        }
    }

    /**
     * Writes committed here, and the other connections' writes as SQLite counts them on the connection asked: on the
     * read connection that count includes this process's writes too.
     */
    record LibraryVersion(boolean onWriter, long ownWrites, long otherWrites) {
    }

    /** True inside {@link #write} on this thread. */
    boolean writing() {
        return writeLock.isHeldByCurrentThread();
    }

    /** The rowid the last INSERT on the write connection gave its row (only inside {@link #write}). */
    long lastInsertId() throws SQLException {
        try (ResultSet rs = cached("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A prepared statement kept for the life of the connection the current work runs on, for SQL run thousands of
     * times in a row (an import). Only for use inside {@link #read} or {@link #write}; never close it.
     */
    PreparedStatement cached(String sql) throws SQLException {
        Connection c = current.get();
        if (c == null) {
            throw new IllegalStateException("cached statements are only for work inside read or write");
        }
        Map<String, PreparedStatement> mine = statements.computeIfAbsent(c, k -> new HashMap<>());
        PreparedStatement ps = mine.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            mine.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    /**
     * Rows of names (speakers, events, topics) looked up in the current transaction, so a long import asks
     * for each once. Emptied when the transaction ends either way, so a rolled-back id never leaks out.
     */
    Map<String, NamedRow> transactionRows() {
        return transactionRows;
    }

    /**
     * Marks a talk whose searchable text changed; its index row is rebuilt when the transaction commits. Unless its facet
     * values were noted before the change ({@link #facetsBefore}), the kept facet counts are retired at the commit.
     */
    void touched(long talkId) {
        if (!facetMoves.noted(talkId)) {
            facetsMayHaveChanged = true;
        }
        touchedTalks.changed(talkId);
    }

    /**
     * Marks a talk whose facts changed but whose searchable text did not: its index row stays (rebuilding it would
     * delete it first, and in an import that makes FTS5 write out the rows it holds as a segment of their own).
     */
    void changedKeepingText(long talkId) {
        if (!facetMoves.noted(talkId)) {
            facetsMayHaveChanged = true;
        }
    }

    /**
     * Notes one talk's facet values (topics, speakers, event, year) before this write changes them, so the kept facet
     * counts are moved at the commit instead of retired (decision 0047). Call it before the first change to the talk in
     * the transaction; a talk changed before it is noted would be moved wrongly. Only inside a write. False when it was
     * not noted (more than {@link FacetMoves#MAX_TALKS} in this write): its change retires the counts.
     */
    boolean facetsBefore(long talkId) throws SQLException {
        if (!writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a talk's facets are noted only inside a write");
        }
        return facetMoves.before(writer, talkId);
    }

    /**
     * Marks a talk inserted by this transaction: indexed at the commit like a touched one, with no old row to remove,
     * and with {@code text} as its row (it is not read back from the tables, unless the talk is touched).
     */
    void inserted(long talkId, IndexText text) {
        facetsMayHaveChanged = true;
        topicsPending.add(talkId);
        if (Thread.currentThread() == unindexedInserts) {
            return;
        }
        touchedTalks.inserted(talkId, text);
    }

    /** Marks a speaker inserted by this transaction: it is added to the speakers' search index when the transaction commits. */
    void speakerInserted(long speakerId) {
        newSpeakers.inserted(speakerId);
    }

    /**
     * From now until {@link #indexInsertsAgain}, the talks this thread's writes insert get no search index row: a dry
     * run takes them back before it returns, so their rows would only be written, merged and deleted (a third of a
     * dry run's storing time at 100,000 talks). Until then they are not found by words. Any later change to one of them
     * indexes it as usual, and deleting a talk without a row is harmless. Outside a write.
     */
    public void leaveInsertsUnindexed() {
        if (writing()) {
            throw new IllegalStateException("inserts are left unindexed only from outside a write");
        }
        unindexedInserts = Thread.currentThread();
    }

    /** Ends {@link #leaveInsertsUnindexed} (on any thread: a write in progress is not affected). */
    public void indexInsertsAgain() {
        unindexedInserts = null;
    }

    private static String describeWriteFailure(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
            return "the library is busy in another TalkShelf; nothing was changed. Try again in a moment.";
        }
        if (m.contains("SQLITE_READONLY")) {
            return "the library file is read-only; nothing was changed";
        }
        if (m.contains("SQLITE_FULL")) {
            return "the disk is full; nothing was changed";
        }
        return "the change could not be saved; nothing was changed";
    }

    /**
     * What a write transaction gathered for its commit (talks to index, new speakers, kept words' texts, ids of names),
     * dropped in one place once it has ended either way, so nothing of a rolled-back transaction reaches the next one.
     */
    private void forgetTransaction() {
        touchedTalks.clear();
        facetsMayHaveChanged = false;
        facetMoves.clear();
        keptPending.clear();
        initialsPending.clear();
        topicsPending.clear();
        newSpeakers.clear();
        transactionRows.clear();
        pendingTopicSums.clear();
    }

    private void rollback() {
        try {
            execute(writer, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself after some errors (a full disk); then there is nothing left to undo.
            LOG.log(System.Logger.Level.DEBUG, "rollback: {0}", e.getMessage());
        }
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * The search index rows of the talks touched so far, their new text noted for the kept words; the speaker initials
     * note the same talks first (the refresh forgets them).
     */
    private void refreshTouchedIndexRows() throws SQLException {
        initialsPending.addAll(touchedTalks.all());
        topicsPending.addAll(touchedTalks.all());
        FtsIndex.refresh(writer, touchedTalks, keptPending);
    }

    private static void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Waits inside SQLite are for the rare moments a reader must wait (WAL recovery); writers wait in write().
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA foreign_keys = ON");
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("PRAGMA cache_size = -65536");
            s.execute("PRAGMA mmap_size = 268435456");
        }
    }

    /**
     * Brings the schema up to date in one write transaction (taken with BEGIN IMMEDIATE, so two TalkShelfs opening an
     * old library at once upgrade it once), after a verified backup copy of an existing library. Each step still
     * bumps {@code user_version} as it goes, inside that transaction.
     */
    private void migrate(Clock clock) throws SQLException {
        int current = read(Database::userVersion);
        int latest = Schema.latestVersion();
        if (current >= latest) {
            return;
        }
        if (current > 0) {
            lastBackup = Backups.beforeMigration(file, writer, current, clock);
        }
        SaidText.registerFunction(writer); // step 15 builds said_fts from the packed transcripts
        CuePacking.registerFunction(writer); // step 18 packs the transcripts anew
        DescriptionPacking.registerFunction(writer); // step 22 packs the descriptions
        // All steps in one transaction: a crash leaves the file at its old version or the new one, never between.
        write(c -> {
            int now = userVersion(c);
            for (Migration step : Schema.STEPS) {
                if (step.version() > now) {
                    apply(c, step);
                }
            }
            return null;
        });
        if (current > 0 && Schema.STEPS.stream().anyMatch(step -> step.version() > current && step.reclaimsRoom())) {
            reclaimRoom();
        }
        if (current > 0) {
            // An upgraded library may have kept no word yet (or lost them to a step): its first searches would walk them.
            KeptWords.keepCommonIfFree(this);
            KeptTopics.keepCommonIfFree(this);
            // A step may have retired the kept facet counts: count them once here, not at every window's start until
            // some process saves them.
            FacetSnapshot.keepIfFree(this);
        }
    }

    /**
     * Gives the pages an upgrade freed back to the file system: {@code VACUUM} rebuilds the file in one transaction
     * (through the WAL, so a crash or a kill during it leaves the upgraded library as it was, and the backup made
     * before the upgrade stays), then the WAL is emptied. It runs while opening, which the window shows as the
     * upgrade (a few seconds at 10,000 talks with transcripts). Failing (a full disk, another TalkShelf writing)
     * costs only the room: the library is whole, and logged as not shrunk.
     */
    private void reclaimRoom() {
        long before = fileSize();
        try (Statement s = writer.createStatement()) {
            // VACUUM builds the new file in a temporary database; with temp_store = MEMORY (configure) that copy was
            // the whole library in RAM: 1.98 GB peak RSS for a 1.5 GB library of a million talks. A file instead.
            s.execute("PRAGMA temp_store = FILE");
            try {
                s.execute("VACUUM");
            } finally {
                s.execute("PRAGMA temp_store = MEMORY");
            }
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            LOG.log(System.Logger.Level.INFO, "library rebuilt after the upgrade: {0} -> {1} bytes", before, fileSize());
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "the room the upgrade freed could not be given back; the library is whole", e);
        }
    }

    private long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void apply(Connection c, Migration step) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : step.statements()) {
                s.execute(sql);
            }
            if (step.version() == Schema.SPEAKER_INITIALS_STEP) {
                SpeakerInitials.rebuild(c);
            }
            if (step.version() == Schema.KEPT_TOPICS_STEP) {
                KeptTopics.keepCommon(c);
            }
            if (step.version() == Schema.PLAIN_INDEX_STEP) {
                FtsIndex.rebuild(c);
            }
            // PRAGMA takes no parameters; the value is our own integer constant.
            s.execute("PRAGMA user_version = " + step.version());
        }
        LOG.log(System.Logger.Level.INFO, "library schema migrated to {0}: {1}", step.version(), step.purpose());
    }

    /**
     * True when the file is a library an older TalkShelf wrote, which opening it will upgrade (and back up)
     * first: worth telling the user, since a large library takes a while. False for a new or current file,
     * and for anything unreadable (opening it reports why). Reads the file's header only.
     */
    public static boolean needsUpgrade(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            LibraryFileCheck.Header header = LibraryFileCheck.read(file);
            if (header.empty() || header.userVersion() == 0 || header.userVersion() >= latestSchemaVersion()) {
                return false;
            }
        } catch (CatalogException e) {
            return false;
        }
        // The header may be behind pages still in the WAL (a library open elsewhere): then ask SQLite, which only
        // reads; else read the file as unchangeable, which creates nothing beside it.
        boolean walBeside = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        String url = walBeside ? "jdbc:sqlite:" + file.toAbsolutePath() : "jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1";
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'talk'")) {
            int version = userVersion(c);
            return rs.next() && rs.getInt(1) > 0 && version > 0 && version < latestSchemaVersion();
        } catch (SQLException e) {
            return false;
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            for (Map<String, PreparedStatement> mine : statements.values()) {
                for (PreparedStatement ps : mine.values()) {
                    ps.close();
                }
            }
            statements.clear();
            waitingElsewhere.close();
            // The reader first: the last connection to close checkpoints the WAL and removes -wal and -shm.
            reader.close();
            writer.close();
        } catch (SQLException e) {
            throw new CatalogException("the library could not be closed cleanly", e);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }
}
