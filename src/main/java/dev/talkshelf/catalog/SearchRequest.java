package dev.talkshelf.catalog;

import dev.talkshelf.model.SortKey;
import java.util.Objects;

/**
 * One page of a search.
 *
 * @param rankMatch  a full-text expression used only to rank by relevance; null when the query has no words
 * @param playlistId the playlist whose order {@link SortKey#PLAYLIST} follows; null otherwise
 */
public record SearchRequest(TalkFilter filter, FullText rankMatch, SortKey sort, boolean reversed, Long playlistId,
                            int offset, int limit) {
    public SearchRequest {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public static SearchRequest firstPage(TalkFilter filter, FullText rankMatch, int limit) {
        return new SearchRequest(filter, rankMatch, rankMatch == null ? SortKey.ADDED : SortKey.RELEVANCE,
                false, null, 0, limit);
    }
}
