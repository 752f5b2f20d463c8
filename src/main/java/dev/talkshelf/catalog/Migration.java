package dev.talkshelf.catalog;

import java.util.List;

/** One numbered schema step: applied with its {@code PRAGMA user_version} bump in a single transaction. */
record Migration(int version, String purpose, List<String> statements) {
}
