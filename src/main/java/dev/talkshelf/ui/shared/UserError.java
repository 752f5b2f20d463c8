package dev.talkshelf.ui.shared;

/**
 * An error as the window shows it: what failed, in words, and the one action most likely to fix it
 * (null when there is none beyond closing the dialog).
 */
public record UserError(String title, String message, String actionLabel, Runnable action) {

    public static UserError of(String title, String message) {
        return new UserError(title, message, null, null);
    }

    public boolean hasAction() {
        return action != null && actionLabel != null;
    }
}
