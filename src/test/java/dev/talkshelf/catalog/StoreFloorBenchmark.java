package dev.talkshelf.catalog;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What SQLite alone needs to write an imported library's rows (issue #14): the rows of a library an import wrote are
 * copied, table by table, into empty tables made from the same schema, in transactions of as many talks as an import's
 * (about 6,000 at 100,000 talks), with the library's own settings. Each copy is one {@code INSERT ... SELECT} per
 * transaction, so no Java, no JDBC call per row and no duplicate check is in the figure: it is the b-tree and search
 * index work an import cannot do without on this schema, to set beside the storing thread's time
 * ({@code scripts/import-threads.sh}). The search index is written from its text ({@code FtsIndex}'s own parts of
 * every talk, folded as the import folds them), made ahead and not timed.
 * <p>
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.talkshelf.catalog.StoreFloorBenchmark
 * LIBRARY.db [talks per transaction]}; the copies go to a temporary folder, removed at the end.
 */
public final class StoreFloorBenchmark {
    private StoreFloorBenchmark() {
    }

    /** A part of a talk's rows: the tables it writes, whose rows belong to a talk through {@code talkColumn}. */
    private record Part(String name, List<String> tables, String talkColumn) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("talk rows with their indexes", List.of("talk"), "id"),
            new Part("search index (talk_fts)", List.of("talk_fts"), "id"),
            new Part("speakers of talks", List.of("talk_speaker"), "talk_id"),
            new Part("topics of talks and their closure", List.of("talk_topic", "talk_topic_closure"), "talk_id"),
            new Part("links", List.of("talk_link"), "talk_id"),
            new Part("import journal", List.of("import_added"), "talk_id"));

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        int perTransaction = args.length > 1 ? Integer.parseInt(args[1]) : 6_000;
        Path dir = Files.createTempDirectory("store-floor");
        try {
            Path text = dir.resolve("text.db");
            long talks = writeIndexText(library, text);
            System.out.printf("%,d talks of %s, %,d talks per transaction%n", talks, library, perTransaction);
            double sum = 0;
            for (Part part : PARTS) {
                sum += copy(library, text, dir.resolve("part.db"), List.of(part), perTransaction, part.name());
            }
            System.out.printf("%-40s %6.2f s of CPU%n", "the parts' sum", sum);
            // The same rows again, every part in each transaction as an import writes them (caches shared, one WAL).
            copy(library, text, dir.resolve("all.db"), PARTS, perTransaction, "all parts in the same transactions");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** The search index's text of every talk, folded as an import folds it, into a table of its own file. */
    private static long writeIndexText(Path library, Path text) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + text)) {
            attach(c, library, "src");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE index_text (id INTEGER PRIMARY KEY, title, speakers, event, tags, description, "
                        + "notes)");
            }
            c.setAutoCommit(false);
            long n = 0;
            // The index's own query, its tables found in the attached library (this file has none of them).
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(FtsIndex.SELECT_ALL_PARTS);
                 PreparedStatement ins = c.prepareStatement("INSERT INTO index_text VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                while (rs.next()) {
                    ins.setLong(1, rs.getLong(1));
                    for (int column = 2; column <= 7; column++) {
                        ins.setString(column, TextFold.fold(column == FtsIndex.DESCRIPTION
                                ? DescriptionPacking.read(rs, column) : rs.getString(column)));
                    }
                    ins.executeUpdate();
                    n++;
                }
            }
            c.commit();
            return n;
        }
    }

    /** Copies the parts' rows into a new file made with the library's schema and settings; the CPU time it took. */
    private static double copy(Path library, Path text, Path target, List<Part> parts, int perTransaction, String name)
            throws SQLException, IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(target + suffix));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL"); // the settings a library connection has (Database.configure)
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA cache_size = -65536");
                s.execute("PRAGMA mmap_size = 268435456");
                attach(c, library, "src");
                attach(c, text, "text");
                for (Part part : parts) {
                    for (String table : part.tables()) {
                        for (String sql : schemaOf(c, table)) {
                            s.execute(sql);
                        }
                    }
                }
                if (parts.stream().anyMatch(p -> p.tables().contains("talk_fts"))) {
                    s.execute("INSERT INTO main.talk_fts(talk_fts, rank) VALUES ('hashsize', 67108864)"); // as FtsIndex
                }
            }
            long maxId;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(id) FROM src.talk")) {
                maxId = rs.next() ? rs.getLong(1) : 0;
            }
            List<PreparedStatement> copies = new ArrayList<>();
            for (Part part : parts) {
                for (String table : part.tables()) {
                    copies.add(c.prepareStatement(table.equals("talk_fts")
                            ? "INSERT INTO main.talk_fts(rowid, title, speakers, event, tags, description, notes) "
                              + "SELECT * FROM text.index_text WHERE id BETWEEN ? AND ? ORDER BY id"
                            : "INSERT INTO main.%1$s SELECT * FROM src.%1$s WHERE %2$s BETWEEN ? AND ? ORDER BY %2$s"
                              .formatted(table, part.talkColumn()))); // talk by talk, as an import writes them
                }
            }
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long rows = 0;
            c.setAutoCommit(false);
            for (long from = 1; from <= maxId; from += perTransaction) {
                for (PreparedStatement copy : copies) {
                    copy.setLong(1, from);
                    copy.setLong(2, from + perTransaction - 1);
                    rows += copy.executeUpdate();
                }
                c.commit();
            }
            c.setAutoCommit(true);
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)"); // the WAL's pages into the file, to size it
            }
            System.out.printf("%-40s %6.2f s of CPU, %6.2f s wall, %,9d rows, file %6.1f MB%n", name, cpu, wall, rows,
                    Files.size(target) / 1e6);
            for (PreparedStatement copy : copies) {
                copy.close();
            }
            return cpu;
        }
    }

    private static void attach(Connection c, Path file, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS " + name)) {
            ps.setString(1, file.toString());
            ps.execute();
        }
    }

    /** The table's own statements as the library has them: the table, then its indexes (not its triggers). */
    private static List<String> schemaOf(Connection c, String table) throws SQLException {
        List<String> sql = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT sql FROM src.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL AND type IN ('table', 'index')
                 ORDER BY type = 'index'""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sql.add(rs.getString(1));
                }
            }
        }
        return sql;
    }
}
