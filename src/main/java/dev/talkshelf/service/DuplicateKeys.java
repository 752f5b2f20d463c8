package dev.talkshelf.service;

import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.catalog.TalkStore.TitleCandidate;
import dev.talkshelf.catalog.TalkStore.TitleProbe;
import dev.talkshelf.model.Names;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys an import's duplicate checks could find a talk by (source keys, media, title keys): those some talk
 * has when the import reaches it, looked up set-wise a chunk at a time, plus those the import has written
 * since. A key outside both finds nothing, so its queries are skipped: for 21,700 new talks that was half a
 * second of lookups that all came back empty. Kept as fingerprints ({@link KeyFingerprints}): a rare false "maybe"
 * costs one query, and a million written talks' keys fit in ~50 MB of heap instead of ~300 MB of strings.
 *
 * <p>The talks a chunk's titles may match are looked up with its keys, a hundred titles per statement
 * ({@link TalkStore#titleCandidates(List)}), and kept by the talk's place in the chunk; the talks the import writes
 * after that look-up are kept as written, and stand in for what the look-up saw of them.
 */
final class DuplicateKeys {
    private final TalkStore talks;
    private final KeyFingerprints sourceKeys = new KeyFingerprints();
    private final KeyFingerprints media = new KeyFingerprints();
    private final KeyFingerprints titleKeys = new KeyFingerprints();
    /** The title candidates of the chunk's talks as the library had them at its look-up, by place in the chunk. */
    private Map<Integer, List<TitleCandidate>> candidatesAtLookUp = Map.of();
    /** The talks written since that look-up (new or merged), by id, as written; and their ids by title key. */
    private final Map<TalkId, Talk> writtenSinceLookUp = new HashMap<>();
    private final Map<String, Map<TalkId, Talk>> writtenSinceByTitle = new HashMap<>();

    DuplicateKeys(TalkStore talks) {
        this.talks = talks;
    }

    /**
     * Adds the keys of the talks about to be checked that some talk in the library has now, and looks up the title
     * candidates of those whose title key some talk may have. {@code incomingTitleKeys} and {@code incomingEventKeys}
     * ("" for none) are by place in the chunk.
     */
    void lookUp(Collection<String> incomingSourceKeys, Collection<String> incomingMedia, List<String> incomingTitleKeys,
                List<String> incomingEventKeys) {
        talks.presentSourceKeys(incomingSourceKeys).forEach(sourceKeys::add);
        talks.presentMedia(incomingMedia).forEach(media::add);
        talks.presentTitleKeys(incomingTitleKeys).forEach(titleKeys::add);
        List<TitleProbe> probes = new ArrayList<>();
        for (int place = 0; place < incomingTitleKeys.size(); place++) {
            if (mayFindTitle(incomingTitleKeys.get(place))) {
                probes.add(new TitleProbe(place, incomingTitleKeys.get(place), incomingEventKeys.get(place)));
            }
        }
        candidatesAtLookUp = talks.titleCandidates(probes);
        writtenSinceLookUp.clear();
        writtenSinceByTitle.clear();
    }

    /**
     * The talks titled {@code titleKey} at the event keyed {@code eventKey} ("" for none; then at any event), or at
     * none, as {@link TalkStore#titleCandidates(List)} would find them now, oldest first: the look-up's for the talk
     * at {@code place} in the chunk, with those written since as written.
     */
    List<TitleCandidate> titleCandidates(int place, String titleKey, String eventKey) {
        List<TitleCandidate> found = new ArrayList<>();
        for (TitleCandidate c : candidatesAtLookUp.getOrDefault(place, List.of())) {
            if (!writtenSinceLookUp.containsKey(c.id())) {
                found.add(c);
            }
        }
        for (Talk written : writtenSinceByTitle.getOrDefault(titleKey, Map.of()).values()) {
            String event = Names.key(written.event());
            if (eventKey.isEmpty() || event.isEmpty() || event.equals(eventKey)) {
                found.add(new TitleCandidate(written.id(), written.media()));
            }
        }
        found.sort(Comparator.comparingLong(c -> c.id().value()));
        return found;
    }

    boolean mayFindSourceKey(String sourceKey) {
        return sourceKeys.mayContain(sourceKey);
    }

    boolean mayFindMedia(String value) {
        return media.mayContain(value);
    }

    /** {@code titleKey}: a title's {@link Names#key}. */
    boolean mayFindTitle(String titleKey) {
        return titleKeys.mayContain(titleKey);
    }

    /** A talk the import stored (new or merged, with its id): later talks of the import may be its duplicates. */
    void wrote(Talk talk, String titleKey, String sourceKey) {
        if (sourceKey != null) {
            sourceKeys.add(sourceKey);
        }
        if (talk.media() != null) {
            media.add(talk.media());
        }
        titleKeys.add(titleKey);
        Talk before = writtenSinceLookUp.put(talk.id(), talk);
        if (before != null) {
            writtenSinceByTitle.computeIfPresent(Names.key(before.title()), (key, talks) -> {
                talks.remove(talk.id());
                return talks;
            });
        }
        writtenSinceByTitle.computeIfAbsent(titleKey, k -> new LinkedHashMap<>()).put(talk.id(), talk);
    }
}
