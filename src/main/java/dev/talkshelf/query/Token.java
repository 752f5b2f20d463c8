package dev.talkshelf.query;

/**
 * One token of a query.
 *
 * @param text        the word, the phrase without its quotes, or the field's value
 * @param field       the field name for {@link Kind#FIELD}, lower case; null otherwise
 * @param quoted      true when the word or field value was written in double quotes
 * @param column      1-based column where the token starts
 * @param valueColumn 1-based column where a field's value starts; equal to column for other tokens
 */
public record Token(Kind kind, String text, String field, boolean quoted, int column, int valueColumn) {

    public enum Kind { WORD, PHRASE, FIELD, LPAREN, RPAREN, AND, OR, NOT, END }

    static Token simple(Kind kind, String text, int column) {
        return new Token(kind, text, null, false, column, column);
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "end of query";
            case FIELD -> "'" + field + ":'";
            case PHRASE -> "'\"" + text + "\"'";
            default -> "'" + text + "'";
        };
    }
}
