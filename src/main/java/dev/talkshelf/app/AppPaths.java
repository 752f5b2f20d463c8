package dev.talkshelf.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where TalkShelf keeps its files on each OS, and which library file a run uses. */
public final class AppPaths {
    public static final String LIBRARY_ENV = "TALKSHELF_LIBRARY";

    private final Map<String, String> env;
    private final String osName;
    private final Path home;

    public AppPaths(Map<String, String> env, String osName, Path home) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    public static AppPaths system() {
        return new AppPaths(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The per-user data folder: ~/.local/share/talkshelf on Linux (XDG_DATA_HOME honoured). */
    public Path dataDir() {
        if (osName.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("TalkShelf");
        }
        if (osName.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("TalkShelf");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("talkshelf");
    }

    public Path defaultLibrary() {
        return dataDir().resolve("library.db");
    }

    public Path logFile() {
        return dataDir().resolve("talkshelf.log");
    }

    public Path settingsFile() {
        return dataDir().resolve("settings.json");
    }

    public Path thumbnailCache() {
        return dataDir().resolve("thumbnails");
    }

    /** The library a run opens: {@code --library}, else {@code TALKSHELF_LIBRARY}, else the default. */
    public LibraryLocation choose(Path fromOption) {
        if (fromOption != null) {
            return new LibraryLocation(fromOption, false);
        }
        String fromEnv = env.get(LIBRARY_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new LibraryLocation(Path.of(fromEnv), false);
        }
        return new LibraryLocation(defaultLibrary(), true);
    }

    /** A library file, and whether it is the default one (which gets the sample library when new). */
    public record LibraryLocation(Path file, boolean isDefault) {
    }
}
