package dev.talkshelf.service;

import dev.talkshelf.model.TalkId;
import java.util.List;

/** Where a talk goes back to in a playlist that may have changed since: below its old neighbour that is still there. */
final class PlaylistPlace {
    private PlaylistPlace() {
    }

    /**
     * The nearest talk above {@code talk} in {@code oldOrder} that is in {@code now}; null when none is (the talk
     * goes to the top).
     */
    static TalkId formerlyAbove(List<TalkId> oldOrder, TalkId talk, List<TalkId> now) {
        for (int i = oldOrder.indexOf(talk) - 1; i >= 0; i--) {
            TalkId above = oldOrder.get(i);
            if (!above.equals(talk) && now.contains(above)) {
                return above;
            }
        }
        return null;
    }
}
