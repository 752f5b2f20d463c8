package dev.talkshelf.catalog;

import dev.talkshelf.model.TalkId;
import java.util.List;

/** The ids of one page, in order, and how many talks match in all. */
public record SearchResult(List<TalkId> ids, long total) {
    public SearchResult {
        ids = List.copyOf(ids);
    }
}
