package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import java.util.List;

/** Edits made as one (a talk's fields and its topics, saved together): undone together, newest part first. */
final class EditGroup extends WriteEdit {
    private final List<Edit> parts;

    EditGroup(Database db, String description, List<Edit> parts) {
        super(db, description);
        this.parts = List.copyOf(parts);
    }

    @Override
    void undoInWrite() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }
}
