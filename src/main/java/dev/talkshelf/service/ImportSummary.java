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
 */
public record ImportSummary(int added, int merged, int skipped, List<String> playlists, boolean dryRun, List<Talk> preview) {
    public ImportSummary {
        preview = List.copyOf(preview);
        playlists = List.copyOf(playlists);
    }

    public String describe() {
        return (dryRun ? "would add " : "added ") + added + ", merged " + merged + ", skipped " + skipped
                + (playlists.isEmpty() ? "" : "; playlists: " + String.join(", ", playlists));
    }
}
