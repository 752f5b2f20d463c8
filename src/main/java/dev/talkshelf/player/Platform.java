package dev.talkshelf.player;

import java.util.List;
import java.util.Locale;

/** The operating system, as far as choosing the system handler for media goes. */
public enum Platform {
    LINUX,
    MAC,
    WINDOWS;

    public static Platform current() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return MAC;
        }
        // The BSDs and other Unixes ship xdg-open with their desktops, like Linux.
        return LINUX;
    }

    /**
     * The command that hands {@code media} to the desktop's default application. On Windows this is the URL
     * protocol handler rather than {@code cmd /c start}, because cmd would interpret {@code &} and {@code ^}
     * in a URL as shell syntax.
     */
    public List<String> openCommand(String media) {
        return switch (this) {
            case LINUX -> List.of("xdg-open", media);
            case MAC -> List.of("open", media);
            case WINDOWS -> List.of("rundll32", "url.dll,FileProtocolHandler", media);
        };
    }
}
