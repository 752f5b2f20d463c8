package dev.talkshelf.service;

import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportContext;
import java.time.Duration;
import java.util.List;

/**
 * Fills an empty library with {@link GeneratedTalks} through the import path itself ({@link ImportService#apply}),
 * a batch at a time, so the library holds exactly what an import of such talks would leave: talks, speakers,
 * suggested topics, the search index, notes, history, playlists.
 */
public final class LibraryGenerator {
    /** Far above what is measured (a million), far below what would fill a disk by mistake. */
    public static final int MAX_TALKS = 10_000_000;

    private final ImportService imports;
    private final LibraryService library;
    private final PlaylistService playlists;

    public LibraryGenerator(ImportService imports, LibraryService library, PlaylistService playlists) {
        this.imports = imports;
        this.library = library;
        this.playlists = playlists;
    }

    /** What was generated, and how long storing it took. */
    public record Generated(long talks, int playlists, Duration took) {
    }

    /**
     * Generates {@code talks} talks from {@code seed} into the library.
     *
     * @throws UserInputException when the library already has talks or the size is out of range
     */
    public Generated generate(int talks, long seed, ImportContext.Progress progress) {
        if (talks < 1 || talks > MAX_TALKS) {
            throw new UserInputException("--talks must be between 1 and " + String.format("%,d", MAX_TALKS));
        }
        long present = library.count();
        if (present > 0) {
            throw new UserInputException("the library already has " + present + (present == 1 ? " talk" : " talks")
                    + "; generate into a new file (--library FILE)");
        }
        return generate(new GeneratedTalks(talks, seed), progress);
    }

    /** Stores every batch of {@code source}, then keeps the facet counts its many runs left retired. */
    Generated generate(GeneratedTalks source, ImportContext.Progress progress) {
        int talks = source.size();
        long start = System.nanoTime();
        long done = 0;
        while (source.hasNext()) {
            ImportBatch batch = source.nextBatch();
            long before = done;
            imports.apply(List.of(batch), false, (d, all) -> progress.advanced(before + d, talks), () -> false);
            done += batch.talks().size();
            progress.advanced(done, talks);
        }
        // Each batch is a run of its own; past the tenth batch each is under a tenth of the library and leaves the
        // counts to the first facets (~1.1 s at a million talks, decision 0051): counted once here instead.
        imports.keepFacetCounts();
        return new Generated(library.count(), playlists.list().size(), Duration.ofNanos(System.nanoTime() - start));
    }
}
