package dev.talkshelf.catalog;

import java.util.List;

/**
 * One numbered schema step: applied with its {@code PRAGMA user_version} bump in a single transaction. A step that
 * drops much of the file ({@code reclaimsRoom}) has the file rebuilt after the upgrade commits, so the library
 * shrinks instead of keeping the freed pages.
 */
record Migration(int version, String purpose, List<String> statements, boolean reclaimsRoom) {
    Migration(int version, String purpose, List<String> statements) {
        this(version, purpose, statements, false);
    }
}
