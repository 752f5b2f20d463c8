package dev.talkshelf.ui.sidebar;

/** Where one sidebar entry stands, Calibre-style: a click cycles include, exclude, off. */
public enum FilterState {
    OFF,
    INCLUDE,
    EXCLUDE;

    public FilterState next() {
        return switch (this) {
            case OFF -> INCLUDE;
            case INCLUDE -> EXCLUDE;
            case EXCLUDE -> OFF;
        };
    }
}
