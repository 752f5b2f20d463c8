package dev.talkshelf.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@link WindowSettings} as a small JSON file. A missing or damaged file gives the defaults
 * (a broken settings file must never keep the window shut); writing goes aside first, then moves over.
 */
public final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path file;
    // Made at the first read of an existing file or the first save: with no settings file yet, a start loads no Jackson.
    private ObjectMapper mapper;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public WindowSettings load() {
        if (!Files.isRegularFile(file)) {
            return WindowSettings.DEFAULTS;
        }
        try {
            WindowSettings s = mapper().readValue(file.toFile(), WindowSettings.class);
            return s == null ? WindowSettings.DEFAULTS : s;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "settings file " + file + " is unreadable; using defaults", e);
            return WindowSettings.DEFAULTS;
        }
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    /** Saves; a failure is logged, not shown: losing a column width is not worth a dialog on the way out. */
    public boolean save(WindowSettings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".part");
            mapper().writeValue(temp.toFile(), settings);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "settings could not be saved to " + file, e);
            return false;
        }
    }
}
