package dev.talkshelf.catalog;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of a library you can trust, in a {@code backups} folder beside it: {@code library-20260102-030405-daily.db}.
 * Every copy is made with {@code VACUUM INTO} (a consistent snapshot, taken beside writers) and counts only once
 * {@code PRAGMA integrity_check} says "ok" on the copy; a bad copy is deleted and logged. Automatic copies (before a
 * migration, at most one a day on open) are kept seven deep; copies the user asked for are never deleted.
 */
public final class Backups {
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    /** Automatic copies kept per library. */
    public static final int KEEP = 7;
    private static final Duration DAILY = Duration.ofDays(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}-\\d{6})(?:-\\d+)?-(daily|before-upgrade-v\\d+|manual|before-restore)\\.db");

    private Backups() {
    }

    /** The folder the backups of {@code library} go to. */
    public static Path folderOf(Path library) {
        return library.toAbsolutePath().resolveSibling("backups");
    }

    /** A verified copy of the library at {@code library}, to {@code target}, or to the backups folder when null. */
    public static Path copy(Path library, Path target, Clock clock) {
        Path absolute = library.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new CatalogException("there is no library at " + absolute);
        }
        LibraryFileCheck.read(absolute);
        Path to = target != null ? target.toAbsolutePath() : name(absolute, "manual", clock);
        if (Files.exists(to)) {
            throw new CatalogException(to + " already exists; choose another file");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + absolute)) {
            vacuumInto(c, to);
        } catch (SQLException e) {
            throw new CatalogException(absolute.getFileName() + " could not be copied (" + failure(e) + ")", e);
        }
        return to;
    }

    /** The automatic copy taken before a migration changes anything; without it the migration does not run. */
    static Path beforeMigration(Path library, Connection c, int version, Clock clock) throws SQLException {
        Path to = name(library, "before-upgrade-v" + version, clock);
        vacuumInto(c, to);
        prune(library);
        LOG.log(System.Logger.Level.INFO, "backed up library before migration to {0}", to);
        return to;
    }

    /** True when the newest automatic copy of this library is a day old or more (or there is none). */
    public static boolean dailyDue(Path library, Clock clock) {
        return automatic(library).stream().findFirst()
                .map(newest -> !stampOf(newest).plus(DAILY).isAfter(clock.instant()))
                .orElse(true);
    }

    /**
     * The daily copy, if one is due: made on a connection of its own (readers and writers go on meanwhile) and
     * verified; the oldest automatic copies beyond {@value #KEEP} are deleted. Empty when none was due or the copy
     * failed (logged): a missed daily backup is no reason to stop the user.
     */
    public static Optional<Path> dailyIfDue(Path library, Clock clock) {
        Path absolute = library.toAbsolutePath();
        if (!dailyDue(absolute, clock) || !Files.isRegularFile(absolute)) {
            return Optional.empty();
        }
        removeLeftovers(absolute);
        Path to = name(absolute, "daily", clock);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + absolute)) {
            vacuumInto(c, to);
            prune(absolute);
            LOG.log(System.Logger.Level.INFO, "daily backup of the library: {0}", to);
            return Optional.of(to);
        } catch (SQLException | CatalogException e) {
            LOG.log(System.Logger.Level.WARNING, "the daily backup failed", e);
            return Optional.empty();
        }
    }

    /** Every backup of this library in its backups folder, newest first. */
    public static List<Path> list(Path library) {
        Path folder = folderOf(library);
        String stem = stem(library.toAbsolutePath());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                        Matcher m = NAME.matcher(p.getFileName().toString());
                        return m.matches() && m.group(1).equals(stem);
                    })
                    .sorted(Comparator.comparing(Backups::stampOf).thenComparing(p -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list the backups", e);
            return List.of();
        }
    }

    /** The newest backup of this library that still passes {@code integrity_check} and is a library this TalkShelf reads. */
    public static Optional<Path> latestGood(Path library) {
        for (Path p : list(library)) {
            try {
                verify(p);
                return Optional.of(p);
            } catch (CatalogException e) {
                LOG.log(System.Logger.Level.WARNING, "backup {0} is not usable: {1}", p, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the library at {@code library} with the copy at {@code from}: checks that {@code from} is a sound
     * TalkShelf library not newer than this TalkShelf, backs up the current library first (a byte copy if it cannot be
     * read as a library), then moves a verified copy into place in one step. A bad {@code from}, or a library open in
     * another TalkShelf, changes nothing. Returns the backup of the library that was replaced, if there was one.
     */
    public static Optional<Path> restore(Path library, Path from, Clock clock) {
        Path absolute = library.toAbsolutePath();
        Path source = from.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new CatalogException("there is no file " + source);
        }
        if (source.equals(absolute)) {
            throw new CatalogException(source.getFileName() + " is the library itself; choose a backup");
        }
        verify(source);
        Path staged = absolute.resolveSibling("." + absolute.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(staged);
            boolean live = Files.exists(source.resolveSibling(source.getFileName() + "-wal"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + (live ? source : "file:" + source + "?immutable=1"))) {
                vacuumInto(c, staged);
            } catch (SQLException e) {
                throw new CatalogException(source.getFileName() + " could not be copied (" + failure(e) + "); nothing was changed", e);
            }
            Optional<Path> saved = Optional.empty();
            if (Files.exists(absolute)) {
                requireNotInUse(absolute);
                saved = Optional.of(saveCurrent(absolute, clock));
            }
            try {
                Files.move(staged, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.log(System.Logger.Level.INFO, "library {0} restored from {1}", absolute, source);
            return saved;
        } catch (IOException e) {
            throw new CatalogException("the library could not be replaced (" + e.getMessage() + "); nothing was changed", e);
        } finally {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not remove {0}", staged);
            }
        }
    }

    /**
     * Checks a copy is a sound library this TalkShelf reads: the header, then {@code integrity_check} on a connection
     * that treats the file as unchangeable (nothing is written beside it).
     */
    public static void verify(Path copy) {
        Path name = copy.getFileName();
        LibraryFileCheck.Header header = LibraryFileCheck.read(copy);
        if (header.empty()) {
            throw new CatalogException(name + " is empty, not a TalkShelf library");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + copy.toAbsolutePath() + "?immutable=1");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                String result = rs.next() ? rs.getString(1) : "";
                if (!"ok".equals(result)) {
                    throw LibraryFileCheck.damaged(name);
                }
            }
            int version = Database.userVersion(c);
            LibraryFileCheck.requireKnownVersion(name, version);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'talk'")) {
                if (version == 0 || !rs.next() || rs.getInt(1) == 0) {
                    throw LibraryFileCheck.foreign(name);
                }
            }
        } catch (SQLException e) {
            throw new CatalogException(name + " cannot be read as a TalkShelf library (" + failure(e) + ")", e);
        }
    }

    /** {@code VACUUM INTO} a new file, kept only once it verifies. */
    private static void vacuumInto(Connection c, Path to) throws SQLException {
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new CatalogException("cannot create the folder " + to.getParent() + " (" + e.getMessage() + ")", e);
        }
        Path part = to.resolveSibling(to.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, part.toString());
                ps.execute();
            }
            try {
                verify(part);
            } catch (CatalogException bad) {
                LOG.log(System.Logger.Level.ERROR, "a backup copy failed its check and was deleted: " + bad.getMessage(), bad);
                throw new CatalogException("the backup copy failed its integrity check and was deleted", bad);
            }
            Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CatalogException("the backup could not be written (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not remove {0}", part);
            }
        }
    }

    /** No other connection has the library open: a checkpoint gets every page, and closing removes -wal and -shm. */
    private static void requireNotInUse(Path library) {
        Path wal = library.resolveSibling(library.getFileName() + "-wal");
        Path shm = library.resolveSibling(library.getFileName() + "-shm");
        if (Files.exists(wal) || Files.exists(shm)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library);
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 2000");
                try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    if (rs.next() && rs.getInt(1) != 0) {
                        throw inUse(library);
                    }
                }
            } catch (SQLException e) {
                // A damaged library may fail its checkpoint; whether someone has it open shows in the files below.
                LOG.log(System.Logger.Level.DEBUG, "checkpoint before restore: {0}", e.getMessage());
            }
        }
        if (Files.exists(wal) || Files.exists(shm)) {
            throw inUse(library);
        }
    }

    private static CatalogException inUse(Path library) {
        return new CatalogException(library.getFileName() + " is open in another TalkShelf; close it first. Nothing was changed.");
    }

    /** The library about to be replaced, saved: a verified copy if it reads as a library, else its bytes. */
    private static Path saveCurrent(Path library, Clock clock) throws IOException {
        Path to = name(library, "before-restore", clock);
        try {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + library + "?immutable=1")) {
                vacuumInto(c, to);
            }
        } catch (SQLException | CatalogException e) {
            LOG.log(System.Logger.Level.WARNING, "the library to be replaced cannot be read; keeping its bytes", e);
            Files.createDirectories(to.getParent());
            Files.copy(library, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    /** Half-written copies of a run that was killed while it copied. */
    private static void removeLeftovers(Path library) {
        Path folder = folderOf(library);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(stem(library) + "-")
                    && p.getFileName().toString().endsWith(".db.part")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not tidy the backups folder", e);
        }
    }

    private static void prune(Path library) {
        List<Path> auto = automatic(library);
        for (Path old : auto.subList(Math.min(KEEP, auto.size()), auto.size())) {
            try {
                Files.deleteIfExists(old);
                LOG.log(System.Logger.Level.INFO, "old automatic backup removed: {0}", old);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not remove the old backup " + old, e);
            }
        }
    }

    private static List<Path> automatic(Path library) {
        List<Path> auto = new ArrayList<>();
        for (Path p : list(library)) {
            String kind = kindOf(p);
            if (kind.equals("daily") || kind.startsWith("before-upgrade")) {
                auto.add(p);
            }
        }
        return auto;
    }

    private static Path name(Path library, String kind, Clock clock) {
        Path folder = folderOf(library);
        String base = stem(library) + "-" + STAMP.format(clock.instant());
        Path p = folder.resolve(base + "-" + kind + ".db");
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(base + "-" + n + "-" + kind + ".db");
        }
        return p;
    }

    private static String stem(Path library) {
        String n = library.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static Instant stampOf(Path backup) {
        Matcher m = NAME.matcher(backup.getFileName().toString());
        if (!m.matches()) {
            return Instant.EPOCH;
        }
        try {
            return LocalDateTime.parse(m.group(2), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static String kindOf(Path backup) {
        Matcher m = NAME.matcher(backup.getFileName().toString());
        return m.matches() ? m.group(3) : "";
    }

    private static String failure(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("SQLITE_FULL")) {
            return "the disk is full";
        }
        if (m.contains("NOTADB")) {
            return "not an SQLite database";
        }
        if (m.contains("CORRUPT")) {
            return "damaged";
        }
        return "SQLite could not read it";
    }
}
