package dev.talkshelf.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain words as an FTS5 match expression: every word must match, as a prefix. Each word is quoted as an
 * FTS5 string, so no user text is ever read as FTS5 syntax.
 */
public final class WordQuery {
    private WordQuery() {
    }

    /** Null when there are no words. */
    public static String prefixMatch(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            terms.add("\"" + word.replace("\"", "\"\"") + "\"*");
        }
        return terms.isEmpty() ? null : String.join(" AND ", terms);
    }

    /** Splits on anything that is not a letter or digit, the way the index's tokenizer does. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
