package dev.talkshelf.app;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.WriteWaitListener;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.settings.Preferences;
import dev.talkshelf.ui.settings.SettingsStore;
import dev.talkshelf.ui.settings.WindowSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens the library a run asked for. A default library that does not exist yet is created with the
 * sample talks, so a first start shows something; any other new file starts empty.
 */
public final class LibraryOpener {
    private static final System.Logger LOG = System.getLogger(LibraryOpener.class.getName());
    private final AppPaths paths;
    private final Clock clock;

    public LibraryOpener(AppPaths paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    /** The file a run with this option opens. */
    public Path fileFor(Path libraryOption) {
        return paths.choose(libraryOption).file();
    }

    /** True when opening will first upgrade the file to this version's schema (see {@link Database#needsUpgrade}). */
    public boolean needsUpgrade(Path libraryOption) {
        return Database.needsUpgrade(fileFor(libraryOption));
    }

    public Services open(Path libraryOption) {
        return open(libraryOption, WriteWaitListener.NONE);
    }

    /** Opens the library; {@code waits} hears when a write waits for another TalkShelf. */
    public Services open(Path libraryOption, WriteWaitListener waits) {
        // The user's preferences hold for the command line as much as for the window.
        return open(libraryOption, waits, settings().preferences());
    }

    /** The settings the window saved (the defaults when there are none or they cannot be read). */
    public WindowSettings settings() {
        return new SettingsStore(paths.settingsFile()).load();
    }

    /** As {@link #open(Path, WriteWaitListener)}, with the user's preferences already read. */
    Services open(Path libraryOption, WriteWaitListener waits, Preferences preferences) {
        AppPaths.LibraryLocation location = paths.choose(libraryOption);
        boolean firstRun = location.isDefault() && !Files.exists(location.file());
        Services services = Library.open(location.file(), clock, waits);
        preferences.applyTo(services.settings());
        if (firstRun) {
            try {
                SampleLibrary.importInto(services);
            } catch (RuntimeException e) {
                closeQuietly(services);
                throw e;
            }
        }
        return services;
    }

    /** Closes a library whose failure to close is only worth a line in the log (the caller moves on). */
    static void closeQuietly(Services services) {
        try {
            services.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the library did not close cleanly", e);
        }
    }
}
