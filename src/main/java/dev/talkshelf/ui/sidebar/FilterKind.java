package dev.talkshelf.ui.sidebar;

/** The kinds of sidebar entries that filter, each with the field name it writes into the search language. */
public enum FilterKind {
    STATUS("status"),
    PLAYLIST("playlist"),
    TOPIC("tag"),
    SPEAKER("speaker"),
    EVENT("event");

    private final String field;

    FilterKind(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
