package dev.talkshelf.ui.shared;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * For dialogs made of short labels in a grid: a label may not be narrowed below its text, so the grid (and the
 * dialog, which sizes to it) takes the room the words need instead of cutting them to "Web pa...".
 */
public final class WholeText {
    private WholeText() {
    }

    /** Keeps every label, button and check box under {@code content} at least as wide as its text. */
    public static <T extends Node> T keep(T content) {
        if (content instanceof Labeled labeled && !labeled.isWrapText()) {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (content instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                keep(child);
            }
        }
        return content;
    }
}
