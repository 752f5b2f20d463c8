package dev.talkshelf.service;

import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The talks a request names, loaded in its order (each once), or the user's error naming the first missing id. */
final class ExistingTalks {
    private ExistingTalks() {
    }

    static List<Talk> require(TalkStore talks, List<TalkId> ids) {
        if (ids.isEmpty()) {
            throw new UserInputException("no talk given");
        }
        List<TalkId> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<Talk> found = talks.get(distinct);
        if (found.size() != distinct.size()) {
            found.forEach(t -> distinct.remove(t.id()));
            throw noSuchTalk(distinct.get(0));
        }
        return found;
    }

    static Talk require(TalkStore talks, TalkId id) {
        return talks.get(id).orElseThrow(() -> noSuchTalk(id));
    }

    static UserInputException noSuchTalk(TalkId id) {
        return new UserInputException("no talk with id " + id + " in this library");
    }
}
