package dev.talkshelf.player;

/** The player was found but could not be started or did not answer. */
public class PlayerStartException extends PlayerException {
    public PlayerStartException(String message) {
        super(message);
    }

    public PlayerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
