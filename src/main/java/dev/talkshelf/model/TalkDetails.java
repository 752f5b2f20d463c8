package dev.talkshelf.model;

import java.util.List;

/** A talk with everything shown beside it: its notes and its watch history. */
public record TalkDetails(Talk talk, List<Note> notes, List<WatchSession> history) {
    public TalkDetails {
        notes = List.copyOf(notes);
        history = List.copyOf(history);
    }
}
