package dev.talkshelf.app;

import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.service.Services;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The 20 curated talks of sample-library/library.json, bundled in the jar for a new default library. */
public final class SampleLibrary {
    static final String RESOURCE = "/dev/talkshelf/app/sample/library.json";

    private SampleLibrary() {
    }

    public static void importInto(Services services) {
        try (InputStream in = SampleLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample library is missing from this build");
            }
            Path temp = Files.createTempFile("talkshelf-sample", ".json");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                services.imports().importPaths(List.of(temp), "json", false, ImportContext.Progress.SILENT);
                // The sample is how a new library starts; Ctrl+Z right after the first launch must not empty it.
                services.library().forgetEdits();
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the sample library could not be unpacked", e);
        }
    }
}
