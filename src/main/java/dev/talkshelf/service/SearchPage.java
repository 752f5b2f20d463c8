package dev.talkshelf.service;

import dev.talkshelf.model.Talk;
import java.util.List;

/**
 * One page of results and how many talks match in all.
 *
 * @param talks the page's talks, each {@linkplain Talk#listed() listed}: every fact a list, a grid or a line of text
 *              shows, but not the description, which was not read ({@link Talk#description()} throws). Whatever shows
 *              a description, exports one or writes a talk back whole reads the talk by id
 *              ({@code LibraryService.talk}, {@code details}); edits go by id, as deltas (decision 0008)
 */
public record SearchPage(List<Talk> talks, long total, int offset) {
    public SearchPage {
        talks = List.copyOf(talks);
    }
}
