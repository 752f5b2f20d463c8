package dev.talkshelf.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/** Primer light or dark from AtlantaFX, plus TalkShelf's own stylesheet on top. */
public enum Theme {
    LIGHT,
    DARK;

    private static final String OWN = Theme.class.getResource("/dev/talkshelf/ui/talkshelf.css").toExternalForm();

    public static Theme parse(String name) {
        return name != null && name.strip().toLowerCase(Locale.ROOT).equals("dark") ? DARK : LIGHT;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /**
     * Makes this theme the stylesheet of every control. Called before the first control is made, it also spares
     * JavaFX loading its own default stylesheet only to replace it (a control's class does that when it is first
     * used with no stylesheet set).
     */
    public void useForControls() {
        String sheet = this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public void apply(Scene scene) {
        useForControls();
        if (!scene.getStylesheets().contains(OWN)) {
            scene.getStylesheets().add(OWN);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }
}
