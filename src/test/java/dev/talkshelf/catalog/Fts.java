package dev.talkshelf.catalog;

import java.util.List;

/** Short builders of full-text expressions, as the query compiler makes them, for tests. */
final class Fts {
    private Fts() {
    }

    /** A prefixed word: {@code "word"*}. */
    static FullText w(String word) {
        return FullText.prefix(word);
    }

    static FullText phrase(String text) {
        return FullText.phrase(text);
    }

    static FullText and(FullText... parts) {
        return new FullText.All(List.of(parts));
    }

    static FullText or(FullText... alternatives) {
        return new FullText.Any(List.of(alternatives));
    }

    static FullText not(FullText kept, FullText leftOut) {
        return new FullText.Without(kept, leftOut);
    }
}
