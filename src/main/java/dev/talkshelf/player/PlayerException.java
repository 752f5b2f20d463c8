package dev.talkshelf.player;

/** A talk could not be played; the message is written for the person who asked to play it. */
public class PlayerException extends Exception {
    public PlayerException(String message) {
        super(message);
    }

    public PlayerException(String message, Throwable cause) {
        super(message, cause);
    }
}
