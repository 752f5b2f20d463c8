package dev.talkshelf.ui.talks;

import java.util.Locale;

/** How the talks are shown: a list with a second line per talk, a one-line list, or a grid of cards. */
public enum TalkLayout {
    COMFORTABLE("comfortable"),
    COMPACT("compact"),
    GRID("grid");

    private final String settingName;

    TalkLayout(String settingName) {
        this.settingName = settingName;
    }

    /** The name kept in the settings file. */
    public String settingName() {
        return settingName;
    }

    /** The layout a settings file names; the comfortable list for a missing or unknown name. */
    public static TalkLayout parse(String name) {
        if (name != null) {
            for (TalkLayout l : values()) {
                if (l.settingName.equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return l;
                }
            }
        }
        return COMFORTABLE;
    }
}
