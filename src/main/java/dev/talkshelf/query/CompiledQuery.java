package dev.talkshelf.query;

import dev.talkshelf.catalog.FullText;
import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.SortKey;
import java.util.List;
import java.util.Objects;

/**
 * A query ready to run.
 *
 * @param rankMatch   a full-text expression over the query's (non-negated) words, for relevance; null without words
 * @param defaultSort RELEVANCE when the query has words, else ADDED (newest first)
 * @param playlist    the first playlist the query names with {@code playlist:}, for sorting in its order; may be null
 * @param saidMatch   an FTS5 expression over {@code cue_fts} for the query's (non-negated) {@code said:} terms, and its
 *                    plain words when they also match what was said: what a talk's moments are chosen by; null without
 * @param saidTerms   those terms' text, folded as the index folds it, to find them in a cue's text
 */
public record CompiledQuery(TalkFilter filter, FullText rankMatch, SortKey defaultSort, Playlist playlist, String saidMatch,
                            List<String> saidTerms) {
    public CompiledQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(defaultSort, "defaultSort");
        saidTerms = List.copyOf(saidTerms);
    }

    public CompiledQuery(TalkFilter filter, FullText rankMatch, SortKey defaultSort, Playlist playlist) {
        this(filter, rankMatch, defaultSort, playlist, null, List.of());
    }

    /** True when the query looks into what was said: a {@code said:} term, or plain words asked to. */
    public boolean hasSaid() {
        return saidMatch != null;
    }

    public boolean hasWords() {
        return rankMatch != null;
    }
}
