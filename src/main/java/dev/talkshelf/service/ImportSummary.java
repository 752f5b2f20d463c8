package dev.talkshelf.service;

import dev.talkshelf.model.Talk;
import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param added     how many talks are new
 * @param merged    talks that matched one already in the library and brought something new to it
 * @param skipped   talks that matched one already in the library and brought nothing new
 * @param playlists names of the playlists created or extended
 * @param preview   for a dry run, the talks it would add, in input order; empty otherwise
 * @param matches   every incoming talk that matched one already in the library (merged or skipped), in input order
 */
public record ImportSummary(int added, int merged, int skipped, List<String> playlists, boolean dryRun, List<Talk> preview,
                            List<ImportMerge> matches) {
    public ImportSummary {
        preview = List.copyOf(preview);
        playlists = List.copyOf(playlists);
        matches = List.copyOf(matches);
    }

    public ImportSummary(int added, int merged, int skipped, List<String> playlists, boolean dryRun, List<Talk> preview) {
        this(added, merged, skipped, playlists, dryRun, preview, List.of());
    }

    /** The incoming talks that brought something new to a talk already in the library. */
    public List<ImportMerge> merges() {
        return matches.stream().filter(ImportMerge::changed).toList();
    }

    public String describe() {
        return (dryRun ? "would add " : "added ") + added + ", merged " + merged + ", skipped " + skipped
                + (playlists.isEmpty() ? "" : "; playlists: " + String.join(", ", playlists));
    }
}
