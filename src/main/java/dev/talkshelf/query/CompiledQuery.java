package dev.talkshelf.query;

import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.SortKey;
import java.util.Objects;

/**
 * A query ready to run.
 *
 * @param rankMatch   an FTS5 expression over the query's (non-negated) words, for relevance; null without words
 * @param defaultSort RELEVANCE when the query has words, else ADDED (newest first)
 * @param playlist    the first playlist the query names with {@code playlist:}, for sorting in its order; may be null
 */
public record CompiledQuery(TalkFilter filter, String rankMatch, SortKey defaultSort, Playlist playlist) {
    public CompiledQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(defaultSort, "defaultSort");
    }

    public boolean hasWords() {
        return rankMatch != null;
    }
}
