package dev.talkshelf.query;

import dev.talkshelf.query.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a query into tokens. Words end at white space, parentheses and double quotes; a word whose start
 * is letters followed by ':' is a field, whose value is the rest of the word or a following quoted string.
 * A '-' that starts a term is a negation. {@code and}, {@code or}, {@code not} are operators in any case.
 * Columns count code points, from 1.
 */
public final class Lexer {
    private final String text;
    private final int[] cps;
    private int pos;

    private Lexer(String text) {
        this.text = text == null ? "" : text;
        // Checked before anything is built from the text: a megabyte of words costs nothing to refuse.
        if (this.text.length() > QueryLimits.MAX_LENGTH
                && this.text.codePointCount(0, this.text.length()) > QueryLimits.MAX_LENGTH) {
            throw new QueryException("the query is longer than " + String.format(Locale.ROOT, "%,d", QueryLimits.MAX_LENGTH)
                    + " characters",
                    QueryLimits.MAX_LENGTH + 1);
        }
        this.cps = this.text.codePoints().toArray();
    }

    public static List<Token> tokenize(String text) {
        return new Lexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < cps.length && isSpace(cps[pos])) {
                pos++;
            }
            if (pos >= cps.length) {
                tokens.add(Token.simple(Kind.END, "", pos + 1));
                return tokens;
            }
            int c = cps[pos];
            int column = pos + 1;
            if (c == '(') {
                pos++;
                tokens.add(Token.simple(Kind.LPAREN, "(", column));
            } else if (c == ')') {
                pos++;
                tokens.add(Token.simple(Kind.RPAREN, ")", column));
            } else if (c == '"') {
                tokens.add(new Token(Kind.PHRASE, quoted(), null, true, column, column));
            } else if (c == '-' && pos + 1 < cps.length && startsTerm(cps[pos + 1])) {
                pos++;
                tokens.add(Token.simple(Kind.NOT, "-", column));
            } else {
                tokens.add(word());
            }
        }
    }

    private Token word() {
        int start = pos;
        while (pos < cps.length && !endsWord(cps[pos])) {
            pos++;
        }
        String word = slice(start, pos);
        int colon = word.indexOf(':');
        if (colon > 0 && word.substring(0, colon).chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
            String name = word.substring(0, colon).toLowerCase(Locale.ROOT);
            int valueStart = start + word.codePointCount(0, colon) + 1;
            if (valueStart == pos && pos < cps.length && cps[pos] == '"') {
                int valueColumn = pos + 1;
                return new Token(Kind.FIELD, quoted(), name, true, start + 1, valueColumn);
            }
            return new Token(Kind.FIELD, slice(valueStart, pos), name, false, start + 1, valueStart + 1);
        }
        Kind kind = switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> Kind.AND;
            case "or" -> Kind.OR;
            case "not" -> Kind.NOT;
            default -> Kind.WORD;
        };
        return Token.simple(kind, word, start + 1);
    }

    /** Reads a double-quoted string starting at pos; the quotes are not part of the value. */
    private String quoted() {
        int open = pos;
        pos++;
        int start = pos;
        while (pos < cps.length && cps[pos] != '"') {
            pos++;
        }
        if (pos >= cps.length) {
            throw new QueryException("missing closing '\"' for the quote opened", open + 1);
        }
        String value = slice(start, pos);
        pos++;
        return value;
    }

    private String slice(int from, int to) {
        return new String(cps, from, to - from);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static boolean endsWord(int c) {
        return isSpace(c) || c == '(' || c == ')' || c == '"';
    }

    private static boolean startsTerm(int c) {
        return !isSpace(c) && c != ')' && c != '-';
    }

    @Override
    public String toString() {
        return text;
    }
}
