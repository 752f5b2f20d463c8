package dev.talkshelf.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The full-text part of a plan as data: terms (a word, a prefix, a phrase), a column around one, an "and", an "or", and
 * words left out. The query compiler builds it; the FTS5 expression SQLite reads is rendered from it once, when it is
 * made ({@link #fts()}), and the planner decides by looking at the terms, never by reading that text back (decision
 * 0061): a user's {@code NOT}, or {@code AND} inside a phrase, is just the text of a term.
 *
 * <p>Two expressions are equal when their FTS5 text is: what FTS5 reads is what they mean.
 */
public abstract sealed class FullText permits FullText.Term, FullText.Column, FullText.All, FullText.Any, FullText.Without {

    /** The longest word kept with a bitmap of its own ({@link KeptWords}). */
    private static final int KEPT_WORD_MAX = 40;

    private final String fts;

    private FullText(String fts) {
        this.fts = fts;
    }

    /** One prefixed word or phrase, {@code "text"*}. */
    public static Term prefix(String text) {
        return new Term(text, true);
    }

    /** One whole word or phrase, {@code "text"}. */
    public static Term phrase(String text) {
        return new Term(text, false);
    }

    /** The FTS5 expression, as SQLite reads it. */
    public final String fts() {
        return fts;
    }

    /** The parts of an "and"; this alone when it is not one. */
    public List<FullText> andParts() {
        return List.of(this);
    }

    /** True when words are left out anywhere in it ({@code A NOT B}). */
    public abstract boolean hasLeftOut();

    /**
     * True when a term is a one-letter prefix ({@code title:a}, as the old speaker terms were): the search index has a
     * prefix index of 2 letters only, so FTS5 merges every word starting with that letter, and each evaluation is dear.
     */
    public abstract boolean hasOneLetterPrefix();

    /**
     * The word, lower case, when this is one prefixed word of ASCII letters and digits in every column (as alone, or the
     * only alternative of the ranking "or"): one {@link KeptWords} may hold.
     */
    public Optional<String> keptWord() {
        return Optional.empty();
    }

    /** The words when this is one such word, or an "and" of them ({@code data python}). */
    public Optional<List<String>> keptWords() {
        return keptWord().map(List::of);
    }

    /** The word when this is one such word in the title alone ({@code title:co}). */
    public Optional<String> titleKeptWord() {
        return Optional.empty();
    }

    /** The alternatives when this is an "or" of two or more. */
    public Optional<List<FullText>> alternatives() {
        return Optional.empty();
    }

    /** Its two sides when this is an "and" of kept-able words (or one) with words left out ({@code python -django}). */
    public Optional<Without> keptWordsLeftOut() {
        return Optional.empty();
    }

    /** This expression in the title alone: {@code {title} : (E)}. */
    public FullText inTitle() {
        return new Column("title", this);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof FullText f && f.fts.equals(fts);
    }

    @Override
    public final int hashCode() {
        return fts.hashCode();
    }

    @Override
    public final String toString() {
        return fts;
    }

    private static String inParentheses(List<FullText> parts, String operator) {
        StringBuilder s = new StringBuilder();
        for (FullText part : parts) {
            if (!s.isEmpty()) {
                s.append(operator);
            }
            s.append('(').append(part.fts).append(')');
        }
        return s.toString();
    }

    /**
     * A term: the text in double quotes (quotes doubled), so FTS5's tokenizer splits it as it split the indexed text and
     * no character of it is FTS5 syntax; {@code prefix} puts FTS5's {@code *} after it.
     */
    public static final class Term extends FullText {
        private final String text;
        private final boolean prefix;

        public Term(String text, boolean prefix) {
            super("\"" + text.replace("\"", "\"\"") + "\"" + (prefix ? "*" : ""));
            this.text = text;
            this.prefix = prefix;
        }

        public String text() {
            return text;
        }

        public boolean prefix() {
            return prefix;
        }

        @Override
        public boolean hasLeftOut() {
            return false;
        }

        @Override
        public boolean hasOneLetterPrefix() {
            return prefix && text.codePointCount(0, text.length()) == 1 && !text.equals("\"");
        }

        @Override
        public Optional<String> keptWord() {
            if (!prefix || text.isEmpty() || text.length() > KEPT_WORD_MAX) {
                return Optional.empty();
            }
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9')) {
                    return Optional.empty();
                }
            }
            return Optional.of(text.toLowerCase(Locale.ROOT));
        }
    }

    /** An expression in some columns only: {@code {title} : (E)}, {@code {speakers} : (E)}. */
    public static final class Column extends FullText {
        private final String columns;
        private final FullText inner;

        public Column(String columns, FullText inner) {
            super("{" + columns + "} : (" + inner.fts + ")");
            this.columns = Objects.requireNonNull(columns);
            this.inner = inner;
        }

        public String columns() {
            return columns;
        }

        public FullText inner() {
            return inner;
        }

        @Override
        public boolean hasLeftOut() {
            return inner.hasLeftOut();
        }

        @Override
        public boolean hasOneLetterPrefix() {
            return inner.hasOneLetterPrefix();
        }

        @Override
        public Optional<String> titleKeptWord() {
            return columns.equals("title") && inner instanceof Term ? inner.keptWord() : Optional.empty();
        }
    }

    /** Every part: {@code (A) AND (B)}, in the order given (the compiler gives them sorted). */
    public static final class All extends FullText {
        private final List<FullText> parts;

        public All(List<FullText> parts) {
            super(inParentheses(parts, " AND "));
            if (parts.size() < 2) {
                throw new IllegalArgumentException("an \"and\" of fewer than two parts");
            }
            this.parts = List.copyOf(parts);
        }

        @Override
        public List<FullText> andParts() {
            return parts;
        }

        @Override
        public boolean hasLeftOut() {
            return parts.stream().anyMatch(FullText::hasLeftOut);
        }

        @Override
        public boolean hasOneLetterPrefix() {
            return parts.stream().anyMatch(FullText::hasOneLetterPrefix);
        }

        @Override
        public Optional<List<String>> keptWords() {
            List<String> words = new ArrayList<>();
            for (FullText part : parts) {
                Optional<String> word = part instanceof Term ? part.keptWord() : Optional.empty();
                if (word.isEmpty()) {
                    return Optional.empty();
                }
                words.add(word.get());
            }
            return Optional.of(words);
        }
    }

    /**
     * Any alternative: {@code (A) OR (B)}. One alone is {@code (A)}: the ranking expression of a query whose words sit
     * under an "or" with other conditions is written so.
     */
    public static final class Any extends FullText {
        private final List<FullText> alternatives;

        public Any(List<FullText> alternatives) {
            super(inParentheses(alternatives, " OR "));
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("an \"or\" of nothing");
            }
            this.alternatives = List.copyOf(alternatives);
        }

        @Override
        public boolean hasLeftOut() {
            return alternatives.stream().anyMatch(FullText::hasLeftOut);
        }

        @Override
        public boolean hasOneLetterPrefix() {
            return alternatives.stream().anyMatch(FullText::hasOneLetterPrefix);
        }

        @Override
        public Optional<String> keptWord() {
            return alternatives.size() == 1 && alternatives.get(0) instanceof Term t ? t.keptWord() : Optional.empty();
        }

        @Override
        public Optional<List<FullText>> alternatives() {
            return alternatives.size() > 1 ? Optional.of(alternatives) : Optional.empty();
        }
    }

    /** The matches of one side without those of the other: {@code (A) NOT (B)}. */
    public static final class Without extends FullText {
        private final FullText kept;
        private final FullText leftOut;

        public Without(FullText kept, FullText leftOut) {
            super("(" + kept.fts + ") NOT (" + leftOut.fts + ")");
            this.kept = kept;
            this.leftOut = leftOut;
        }

        public FullText kept() {
            return kept;
        }

        public FullText leftOut() {
            return leftOut;
        }

        @Override
        public boolean hasLeftOut() {
            return true;
        }

        @Override
        public boolean hasOneLetterPrefix() {
            return kept.hasOneLetterPrefix() || leftOut.hasOneLetterPrefix();
        }

        @Override
        public Optional<Without> keptWordsLeftOut() {
            return kept.keptWords().isPresent() ? Optional.of(this) : Optional.empty();
        }
    }
}
