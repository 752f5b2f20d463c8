package dev.talkshelf.catalog;

import dev.talkshelf.model.Letters;
import java.util.List;

/**
 * Letters that the index's tokenizer (unicode61, remove_diacritics 2) keeps although people type them
 * without their stroke: "Łukasz" is typed "lukasz". They have no Unicode decomposition, so the tokenizer
 * cannot drop the stroke; the index stores them folded, and the query compiler folds search terms the
 * same way, so both spellings find both.
 */
public final class TextFold {
    private TextFold() {
    }

    /** Folds as {@link Letters#fold}. */
    public static String fold(String text) {
        return Letters.fold(text);
    }

    /** The same folding as an SQL expression around {@code expr} (our own column expressions, no user text). */
    static String sql(String expr) {
        String s = expr;
        for (List<String> f : Letters.FOLDS) {
            s = "replace(" + s + ", '" + f.get(0) + "', '" + f.get(1) + "')";
        }
        return s;
    }
}
