package dev.talkshelf.query;

import java.time.Clock;

/** A compiler that searches every {@code speaker:} term in the talks' index, as before schema step 24: for tests. */
public final class SpeakerTermsCompiler {
    private SpeakerTermsCompiler() {
    }

    /** Compiles as {@link QueryCompiler} did before the speakers' own index: each result must be the same. */
    public static QueryCompiler inTalkIndex(Clock clock, PlaylistLookup playlists) {
        return new QueryCompiler(clock, playlists, false);
    }
}
