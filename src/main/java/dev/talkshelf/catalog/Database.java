package dev.talkshelf.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The library file: opening it (WAL, foreign keys, busy timeout), migrating its schema step by step, and
 * running work on its one connection. Work nests: a write inside a write joins the outer transaction, and
 * the search index is brought up to date for every talk the transaction touched just before it commits.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final TouchedTalks touchedTalks = new TouchedTalks();
    private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();
    private final java.util.Map<String, Long> transactionIds = new java.util.HashMap<>();
    private int writeDepth;
    /** Writes committed on this connection; with {@code PRAGMA data_version} it makes {@link #version}. */
    private long committedWrites;
    private Path lastBackup;

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) and migrates the library at {@code file}. */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Database open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new CatalogException("cannot create the folder for the library " + absolute + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(absolute)) {
            throw new CatalogException(absolute + " is a folder, not a library file");
        }
        Connection connection;
        try {
            java.util.Properties options = new java.util.Properties();
            // Otherwise the driver prepares and runs "SELECT last_insert_rowid()" after every INSERT, wanted
            // or not: a third of the statements of a large import. Ids come from lastInsertId() instead.
            options.setProperty("jdbc.get_generated_keys", "false");
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, options);
        } catch (SQLException e) {
            throw new CatalogException("cannot open the library " + absolute, e);
        }
        Database db = new Database(absolute, connection);
        try {
            db.configure();
            db.migrate(clock);
            return db;
        } catch (SQLException e) {
            db.closeQuietly();
            String why = e.getMessage() != null && e.getMessage().contains("NOTADB")
                    ? " is not a TalkShelf library (not an SQLite database)"
                    : " cannot be read as a TalkShelf library";
            throw new CatalogException(absolute.getFileName() + why, e);
        } catch (RuntimeException e) {
            db.closeQuietly();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The backup copy made before the last migration of an existing library, if one was made. */
    public java.util.Optional<Path> lastBackup() {
        return java.util.Optional.ofNullable(lastBackup);
    }

    public int schemaVersion() {
        return read(Database::userVersion);
    }

    public static int latestSchemaVersion() {
        return Schema.latestVersion();
    }

    /** Runs read-only work. */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new CatalogException("the library could not be read", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work in a transaction; a write inside a write joins it. On any exception the whole outer
     * transaction rolls back, so an import is all or nothing.
     */
    public <T> T write(Work<T> work) {
        lock.lock();
        boolean outer = writeDepth == 0;
        try {
            if (outer) {
                connection.setAutoCommit(false);
            }
            writeDepth++;
            T result;
            try {
                result = work.run(connection);
            } finally {
                writeDepth--;
            }
            if (outer) {
                FtsIndex.refresh(connection, touchedTalks);
                touchedTalks.clear();
                connection.commit();
                committedWrites++;
            }
            return result;
        } catch (SQLException e) {
            if (outer) {
                rollback();
            }
            throw new CatalogException(describeWriteFailure(e), e);
        } catch (RuntimeException | Error e) {
            if (outer) {
                rollback();
            }
            throw e;
        } finally {
            if (outer) {
                transactionIds.clear();
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not restore autocommit", e);
                }
            }
            lock.unlock();
        }
    }

    /**
     * The library's version: it changes whenever a write commits, on this connection or on another one (another
     * TalkShelf process), so results cached under one version are never stale. Only inside {@link #read} or
     * {@link #write}.
     */
    LibraryVersion version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return new LibraryVersion(committedWrites, rs.next() ? rs.getLong(1) : 0L);
        }
    }

    /** Writes committed here, and the other connections' writes as SQLite counts them. */
    record LibraryVersion(long ownWrites, long otherWrites) {
    }

    /** The rowid the last INSERT on this connection gave its row (only inside {@link #write}). */
    long lastInsertId() throws SQLException {
        try (ResultSet rs = cached("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A prepared statement kept for the life of the connection, for SQL run thousands of times in a row
     * (an import). Only for use inside {@link #read} or {@link #write}; never close it.
     */
    PreparedStatement cached(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    /**
     * Ids of names (speakers, events, topics) looked up in the current transaction, so a long import asks
     * for each once. Emptied when the transaction ends either way, so a rolled-back id never leaks out.
     */
    java.util.Map<String, Long> transactionIds() {
        return transactionIds;
    }

    /** Marks a talk whose searchable text changed; its index row is rebuilt when the transaction commits. */
    void touched(long talkId) {
        touchedTalks.changed(talkId);
    }

    /** Marks a talk inserted by this transaction: indexed at the commit like a touched one, with no old row to remove. */
    void inserted(long talkId) {
        touchedTalks.inserted(talkId);
    }

    private static String describeWriteFailure(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
            return "the library is busy in another program; try again in a moment";
        }
        if (m.contains("SQLITE_READONLY")) {
            return "the library file is read-only";
        }
        if (m.contains("SQLITE_FULL")) {
            return "the disk is full; nothing was changed";
        }
        return "the change could not be saved; nothing was changed";
    }

    private void rollback() {
        touchedTalks.clear();
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "rollback failed", e);
        }
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("PRAGMA cache_size = -65536");
            s.execute("PRAGMA mmap_size = 268435456");
        }
    }

    private void migrate(Clock clock) throws SQLException {
        int current = userVersion(connection);
        int latest = Schema.latestVersion();
        if (current > latest) {
            throw new CatalogException(file.getFileName() + " was written by a newer TalkShelf (library schema " + current
                    + "; this TalkShelf reads up to " + latest + "). Update TalkShelf, or open another library with --library FILE.");
        }
        if (current == latest) {
            return;
        }
        if (current > 0 || hasUserTables()) {
            lastBackup = backup(current, clock);
        }
        for (Migration step : Schema.STEPS) {
            if (step.version() <= current) {
                continue;
            }
            apply(step);
        }
    }

    private boolean hasUserTables() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private void apply(Migration step) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String sql : step.statements()) {
                s.execute(sql);
            }
            // PRAGMA takes no parameters; the value is our own integer constant.
            s.execute("PRAGMA user_version = " + step.version());
            connection.commit();
            LOG.log(System.Logger.Level.INFO, "library schema migrated to {0}: {1}", step.version(), step.purpose());
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** A consistent copy of the file beside it, taken before a migration changes anything. */
    private Path backup(int version, Clock clock) throws SQLException {
        Path target = file.resolveSibling(file.getFileName() + ".v" + version + "-" + BACKUP_STAMP.format(clock.instant()) + ".bak");
        try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.execute();
        }
        LOG.log(System.Logger.Level.INFO, "backed up library before migration to {0}", target);
        return target;
    }

    /**
     * True when the file is a library an older TalkShelf wrote, which opening it will upgrade (and back up)
     * first: worth telling the user, since a large library takes a while. False for a new or current file,
     * and for anything unreadable (opening it reports why).
     */
    public static boolean needsUpgrade(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            int version = userVersion(c);
            return version > 0 && version < latestSchemaVersion();
        } catch (SQLException e) {
            return false;
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "close failed", e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new CatalogException("the library could not be closed cleanly", e);
        } finally {
            lock.unlock();
        }
    }
}
