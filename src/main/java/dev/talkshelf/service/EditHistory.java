package dev.talkshelf.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The edits of this session, newest last, so the last one can be undone (Ctrl+Z in the window). */
public final class EditHistory {
    private static final int LIMIT = 100;
    private final Deque<Edit> edits = new ArrayDeque<>();

    public synchronized void record(Edit edit) {
        edits.addLast(edit);
        while (edits.size() > LIMIT) {
            edits.removeFirst();
        }
    }

    /** Forgets every edit, e.g. after filling a new library with the sample talks, which is no edit of the user's. */
    public synchronized void clear() {
        edits.clear();
    }

    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(edits.peekLast()).map(Edit::description);
    }

    /** Undoes the newest edit and returns what it was; empty when there is nothing to undo. */
    public synchronized Optional<String> undo() {
        Edit last = edits.pollLast();
        if (last == null) {
            return Optional.empty();
        }
        last.undo();
        return Optional.of(last.description());
    }
}
