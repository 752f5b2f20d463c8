package dev.talkshelf.catalog;

import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

/**
 * A second TalkShelf process for the locking tests. {@code hold FILE MILLIS}: takes the write lock and keeps it;
 * {@code holdUntilTold FILE MILLIS}: the same until a line comes on stdin (at most MILLIS);
 * {@code burst FILE MILLIS}: writes one talk per short transaction, back to back, as an import in short
 * transactions does; {@code write FILE 0}: opens the library and writes one talk, waiting as any writer does. Says on stdout when it has the lock / has started, and when it is done.
 */
public final class LibraryWriterChild {
    private LibraryWriterChild() {
    }

    /** Waits for a line on stdin (the test says when), or {@code millis} at most, so a stuck test cannot hang. */
    private static void untilToldOrAfter(long millis) throws InterruptedException {
        Thread told = new Thread(() -> {
            try {
                System.in.read();
            } catch (java.io.IOException e) {
                // the test is gone: release as if told
            }
        });
        told.setDaemon(true);
        told.start();
        told.join(millis);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long millis = Long.parseLong(args[2]);
        switch (args[0]) {
            case "hold", "holdUntilTold" -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                    s.execute("BEGIN IMMEDIATE");
                    s.execute("INSERT INTO speaker(name, name_key) VALUES ('Held by child', 'held by child')");
                    System.out.println("holding");
                    System.out.flush();
                    if (args[0].equals("hold")) {
                        Thread.sleep(millis);
                    } else {
                        untilToldOrAfter(millis);
                    }
                    s.execute("COMMIT");
                }
                System.out.println("released");
            }
            case "burst" -> {
                try (Database db = Database.open(file, Clock.systemUTC())) {
                    TalkStore talks = new TalkStore(db, Clock.systemUTC());
                    long end = System.nanoTime() + millis * 1_000_000;
                    int commits = 0;
                    while (System.nanoTime() < end) {
                        int n = commits;
                        db.write(c -> {
                            for (int i = 0; i < 20; i++) {
                                talks.insert(Talk.titled("Burst " + n + "." + i), null);
                            }
                            return null;
                        });
                        if (commits++ == 0) {
                            System.out.println("writing");
                            System.out.flush();
                        }
                    }
                    System.out.println("commits " + commits);
                }
            }
            case "write" -> {
                try (Database db = Database.open(file, Clock.systemUTC())) {
                    System.out.println("opened");
                    System.out.flush();
                    new TalkStore(db, Clock.systemUTC()).insert(Talk.titled("Written by child"), null);
                    System.out.println("written");
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
