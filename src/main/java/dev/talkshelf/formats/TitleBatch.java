package dev.talkshelf.formats;

import java.util.List;

/**
 * Lines read together by {@link TitleParser#parseBatch}: each line's reading, in order, and the layout the
 * lines share when enough of them do (null when none stands out).
 */
public record TitleBatch(List<ParsedTitle> titles, BatchLayout layout) {
    public TitleBatch {
        titles = List.copyOf(titles);
    }
}
