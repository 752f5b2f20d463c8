package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;

/**
 * An edit whose undo runs as one write transaction on the library: the shared shape of the delta edits, which read
 * what is stored now and put back only what still holds the value they wrote.
 */
abstract class WriteEdit implements Edit {
    private final Database db;
    private final String description;

    WriteEdit(Database db, String description) {
        this.db = db;
        this.description = description;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final void undo() {
        db.write(c -> {
            undoInWrite();
            return null;
        });
    }

    /** Takes the edit back; runs inside the write transaction that {@link #undo()} opens. */
    abstract void undoInWrite();
}
