package dev.talkshelf.ui.help;

import java.util.List;

/** Every keyboard shortcut of the window, in the order the F1 dialog lists them. */
public final class Shortcuts {
    /** A key and what it does. */
    public record Shortcut(String keys, String action) {
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+F", "Search"),
            new Shortcut("Esc", "Clear the search"),
            new Shortcut("↑ ↓", "Move through the talks"),
            new Shortcut("Enter / double-click", "Play the talk"),
            new Shortcut("W", "Mark the selected talks watched"),
            new Shortcut("U", "Mark the selected talks unwatched"),
            new Shortcut("Delete", "Delete the selected talks"),
            new Shortcut("Enter / click (transcript)", "Play the talk from that line (moves a playing mpv there)"),
            new Shortcut("N (transcript)", "A note from the selected line, pinned to its time"),
            new Shortcut("Ctrl+Z", "Undo the last change"),
            new Shortcut("Ctrl+N", "New playlist"),
            new Shortcut("Ctrl+1 / 2 / 3", "List, compact list, grid"),
            new Shortcut("Alt+click / Ctrl+click", "Exclude a sidebar entry (a plain click cycles include, exclude, off)"),
            new Shortcut("F1", "Show these shortcuts"));

    private Shortcuts() {
    }
}
