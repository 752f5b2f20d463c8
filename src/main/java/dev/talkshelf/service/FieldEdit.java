package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkField;
import dev.talkshelf.model.TalkId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Fields of one talk set to new values (title, rating, media, ...). Undo puts back the old value of each field
 * that still holds the value this edit wrote; a field changed since (by another process, or a later edit) keeps
 * its newer value.
 */
final class FieldEdit extends WriteEdit {
    private static final System.Logger LOG = System.getLogger(FieldEdit.class.getName());

    private final TalkStore talks;
    private final Talk before;
    private final Talk after;
    private final Set<TalkField> fields;

    /** {@code before} and {@code after}: the talk as stored just before and just after the edit, in its transaction. */
    FieldEdit(Database db, TalkStore talks, String description, Talk before, Talk after, Set<TalkField> fields) {
        super(db, description);
        this.talks = talks;
        this.before = before;
        this.after = after;
        this.fields = fields.isEmpty() ? EnumSet.noneOf(TalkField.class) : EnumSet.copyOf(fields);
    }

    @Override
    void undoInWrite() {
        TalkId id = after.id();
        Talk now = talks.get(id).orElse(null);
        if (now == null) {
            return;
        }
        Set<TalkField> stillEdited = EnumSet.noneOf(TalkField.class);
        for (TalkField f : fields) {
            if (f.same(now, after)) {
                stillEdited.add(f);
            } else {
                LOG.log(System.Logger.Level.INFO, "undo of \"{0}\": {1} of talk {2} changed since; left as it is",
                        description(), f, id);
            }
        }
        if (!stillEdited.isEmpty()) {
            talks.setFields(id, before, stillEdited);
        }
    }
}
