package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Ends a search that runs past its time limit. SQLite calls a progress handler every few thousand steps of a
 * statement; once the deadline has passed the handler asks SQLite to stop, and the statement ends with
 * SQLITE_INTERRUPT, reported as {@link SearchTooSlowException}. The handler is set on whichever connection the
 * search runs on, for the search only.
 */
public final class SearchTimeLimit {
    /** How long one search (its statements together) may take. */
    public static final Duration DEFAULT = Duration.ofSeconds(1);
    /** Steps of SQLite's virtual machine between two looks at the clock: a few microseconds of work. */
    private static final int STEPS = 1_000;

    private SearchTimeLimit() {
    }

    /** Runs the work on the connection with SQLite interrupted once {@code limit} has passed. */
    static <T> T within(Connection c, Duration limit, Database.Work<T> work) throws SQLException {
        SQLiteConnection sqlite = c.unwrap(SQLiteConnection.class);
        long deadline = System.nanoTime() + limit.toNanos();
        ProgressHandler.setHandler(sqlite, STEPS, new ProgressHandler() {
            @Override
            protected int progress() {
                return System.nanoTime() - deadline > 0 ? 1 : 0;
            }
        });
        try {
            return work.run(c);
        } catch (SQLException e) {
            if (isInterrupt(e)) {
                throw new SearchTooSlowException(limit, e);
            }
            throw e;
        } finally {
            ProgressHandler.clearHandler(sqlite);
        }
    }

    private static boolean isInterrupt(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_INTERRUPT) {
            return true;
        }
        return e.getErrorCode() == SQLiteErrorCode.SQLITE_INTERRUPT.code;
    }
}
