package dev.talkshelf.service;

/** A search that cannot be parsed: the message says what is wrong, {@link #column()} where (1-based). */
public class InvalidQueryException extends UserInputException {
    private final int column;

    public InvalidQueryException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
