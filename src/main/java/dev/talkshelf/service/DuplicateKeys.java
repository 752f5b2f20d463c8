package dev.talkshelf.service;

import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Names;
import dev.talkshelf.model.Talk;
import java.util.Collection;

/**
 * The keys an import's duplicate checks could find a talk by (source keys, media, title keys): those some talk
 * has when the import reaches it, looked up set-wise a chunk at a time, plus those the import has written
 * since. A key outside both finds nothing, so its queries are skipped: for 21,700 new talks that was half a
 * second of lookups that all came back empty. Kept as fingerprints ({@link KeyFingerprints}): a rare false "maybe"
 * costs one query, and a million written talks' keys fit in ~50 MB of heap instead of ~300 MB of strings.
 */
final class DuplicateKeys {
    private final TalkStore talks;
    private final KeyFingerprints sourceKeys = new KeyFingerprints();
    private final KeyFingerprints media = new KeyFingerprints();
    private final KeyFingerprints titleKeys = new KeyFingerprints();

    DuplicateKeys(TalkStore talks) {
        this.talks = talks;
    }

    /** Adds the keys of the talks about to be checked that some talk in the library has now. */
    void lookUp(Collection<String> incomingSourceKeys, Collection<String> incomingMedia, Collection<String> incomingTitleKeys) {
        talks.presentSourceKeys(incomingSourceKeys).forEach(sourceKeys::add);
        talks.presentMedia(incomingMedia).forEach(media::add);
        talks.presentTitleKeys(incomingTitleKeys).forEach(titleKeys::add);
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

    /** A talk the import stored (new or merged): later talks of the import may be its duplicates. */
    void wrote(Talk talk, String titleKey, String sourceKey) {
        if (sourceKey != null) {
            sourceKeys.add(sourceKey);
        }
        if (talk.media() != null) {
            media.add(talk.media());
        }
        titleKeys.add(titleKey);
    }
}
