package dev.talkshelf.catalog;

import java.nio.file.Path;
import java.time.Clock;

/** A TalkShelf process that opens (so upgrades and rebuilds) a library, to be killed while it does: {@code FILE}. */
public final class UpgradeChild {
    private UpgradeChild() {
    }

    public static void main(String[] args) {
        System.out.println("opening");
        System.out.flush();
        try (Database db = Database.open(Path.of(args[0]), Clock.systemUTC())) {
            System.out.println("opened");
        }
    }
}
