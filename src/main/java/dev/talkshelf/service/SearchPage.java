package dev.talkshelf.service;

import dev.talkshelf.model.Talk;
import java.util.List;

/** One page of results and how many talks match in all. */
public record SearchPage(List<Talk> talks, long total, int offset) {
    public SearchPage {
        talks = List.copyOf(talks);
    }
}
