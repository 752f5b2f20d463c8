package dev.talkshelf.service;

/**
 * Something the user asked for that cannot be done as asked (bad input, unknown id or name). The message
 * is shown as is: the CLI prints it and exits 2, the window shows it in a dialog.
 */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
