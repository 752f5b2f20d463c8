package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import java.util.List;

/** Edits made as one (a talk's fields and its topics, saved together): undone together, newest part first. */
final class EditGroup implements Edit {
    private final Database db;
    private final String description;
    private final List<Edit> parts;

    EditGroup(Database db, String description, List<Edit> parts) {
        this.db = db;
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        db.write(c -> {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).undo();
            }
            return null;
        });
    }
}
