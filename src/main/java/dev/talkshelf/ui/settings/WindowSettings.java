package dev.talkshelf.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * What the window remembers between runs. Unknown or missing fields fall back to defaults, so an older or
 * newer settings file never stops the window from opening.
 *
 * @param x null until the window was placed once (then the OS places it)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowSettings(Double x, Double y, double width, double height, boolean maximized,
                             double sidebarDivider, double detailsDivider, Map<String, Double> columnWidths,
                             String theme, List<String> recentSearches, Preferences preferences, String talkLayout,
                             boolean searchSaid) {

    private static final double DEFAULTS_SIDEBAR = 0.17;
    private static final double DEFAULTS_DETAILS = 0.74;
    public static final WindowSettings DEFAULTS = new WindowSettings(null, null, 1360, 860, false, DEFAULTS_SIDEBAR, DEFAULTS_DETAILS,
            Map.of(), "light", List.of(), Preferences.DEFAULTS, "comfortable", false);

    public WindowSettings {
        width = width >= 400 ? width : DEFAULTS.width;
        height = height >= 300 ? height : DEFAULTS.height;
        sidebarDivider = sidebarDivider > 0 && sidebarDivider < 1 ? sidebarDivider : DEFAULTS_SIDEBAR;
        detailsDivider = detailsDivider > 0 && detailsDivider < 1 ? detailsDivider : DEFAULTS_DETAILS;
        columnWidths = Map.copyOf(columnWidths == null ? Map.of() : columnWidths);
        theme = theme == null ? "light" : theme;
        recentSearches = List.copyOf(recentSearches == null ? List.of() : recentSearches);
        preferences = preferences == null ? Preferences.DEFAULTS : preferences;
        talkLayout = talkLayout == null || talkLayout.isBlank() ? "comfortable" : talkLayout;
    }

    /** How the talks are shown: "comfortable", "compact" or "grid" (see TalkLayout). */
    public WindowSettings withTalkLayout(String layout) {
        return new WindowSettings(x, y, width, height, maximized, sidebarDivider, detailsDivider, columnWidths, theme, recentSearches, preferences, layout, searchSaid);
    }

    /** The search bar's "Search what was said" switch. */
    public WindowSettings withSearchSaid(boolean on) {
        return new WindowSettings(x, y, width, height, maximized, sidebarDivider, detailsDivider, columnWidths, theme, recentSearches, preferences, talkLayout, on);
    }

    public WindowSettings withPreferences(Preferences newPreferences) {
        return new WindowSettings(x, y, width, height, maximized, sidebarDivider, detailsDivider, columnWidths, theme, recentSearches, newPreferences, talkLayout, searchSaid);
    }

    public WindowSettings withTheme(String newTheme) {
        return new WindowSettings(x, y, width, height, maximized, sidebarDivider, detailsDivider, columnWidths, newTheme, recentSearches, preferences, talkLayout, searchSaid);
    }

    public WindowSettings withBounds(Double newX, Double newY, double newWidth, double newHeight, boolean newMaximized) {
        return new WindowSettings(newX, newY, newWidth, newHeight, newMaximized, sidebarDivider, detailsDivider, columnWidths, theme, recentSearches, preferences, talkLayout, searchSaid);
    }

    public WindowSettings withDividers(double sidebar, double details) {
        return new WindowSettings(x, y, width, height, maximized, sidebar, details, columnWidths, theme, recentSearches, preferences, talkLayout, searchSaid);
    }

    public WindowSettings withColumnWidths(Map<String, Double> widths) {
        return new WindowSettings(x, y, width, height, maximized, sidebarDivider, detailsDivider, widths, theme, recentSearches, preferences, talkLayout, searchSaid);
    }

    public WindowSettings withRecentSearches(List<String> recent) {
        return new WindowSettings(x, y, width, height, maximized, sidebarDivider, detailsDivider, columnWidths, theme, recent, preferences, talkLayout, searchSaid);
    }
}
