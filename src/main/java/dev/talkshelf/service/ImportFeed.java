package dev.talkshelf.service;

import dev.talkshelf.catalog.PackedDescription;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TitleKey;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hand-over between the thread that reads an import's sources and the one that stores them in the
 * library's short, journalled transactions: chunks of talks in input order (with their topics already suggested), the end of
 * each source with its playlists, then the end of the import or the failure that stops it. A feed filled by a reading
 * thread holds a few items at most: the reader waits for the storing side, so a large tree is never all in memory
 * (at 100,000 talks the unbounded queue held most of the tree, 1–1.5 GB of heap; issue #14).
 */
final class ImportFeed {
    sealed interface Item permits Talks, SourceEnd, Finished, Failed {
    }

    /**
     * Talks as read, and the same talks ready to store ({@code prepared}, topics suggested; {@code packed}, their
     * descriptions packed as the library keeps them; {@code titles}, their titles' keys), index for index. All of it is
     * made off the storing thread.
     *
     * @param tagsTidied true when another program's tags went through the taxonomy (so the import may find some of
     *                   them to be about an event: {@link EventBoundTags})
     */
    record Talks(List<ImportedTalk> imported, List<Talk> prepared, List<PackedDescription> packed, List<TitleKey> titles,
                 boolean tagsTidied) implements Item {
        /** Packs the prepared talks' descriptions and keys their titles on every core, on the thread that hands them over. */
        Talks(List<ImportedTalk> imported, List<Talk> prepared, boolean tagsTidied) {
            this(imported, prepared, prepared.parallelStream().map(t -> PackedDescription.of(t.description())).toList(),
                    prepared.parallelStream().map(t -> TitleKey.of(t.title())).toList(), tagsTidied);
        }

        Talks(List<ImportedTalk> imported, List<Talk> prepared) {
            this(imported, prepared, false);
        }
    }

    /** The last talk of a source was handed over; its playlists refer to its talks by index. */
    record SourceEnd(List<PlaylistDraft> playlists) implements Item {
    }

    record Finished() implements Item {
    }

    /** Reading failed (a bad file, a cancel): the import must be taken back with this. */
    record Failed(RuntimeException cause) implements Item {
    }

    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private final int capacity;
    private final AtomicLong talksQueued = new AtomicLong();
    private volatile boolean stopped;
    private volatile boolean readingOver;

    /** A feed without a bound, for talks already in memory, put in before the storing begins. */
    ImportFeed() {
        this(Integer.MAX_VALUE);
    }

    /** A feed a reading thread fills while another stores: {@link #awaitRoom} waits while {@code capacity} items are queued. */
    ImportFeed(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Waits while the feed holds its capacity of items: the reader calls it before it hands over a newly read chunk,
     * so it is never more than a few chunks ahead of the storing side. Once the storing side has stopped it gives up
     * with {@link ImportCancelledException}.
     */
    void awaitRoom() {
        while (items.size() >= capacity) {
            if (stopped) {
                throw new ImportCancelledException();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            if (Thread.currentThread().isInterrupted()) {
                throw new ImportCancelledException();
            }
        }
    }

    void put(Item item) {
        if (item instanceof Talks talks) {
            talksQueued.addAndGet(talks.imported().size());
        }
        if (item instanceof Finished) {
            readingOver = true;
        }
        items.add(item);
    }

    /** True once every talk has been put in: from then on the storing side reports progress, not the reading one. */
    boolean readingOver() {
        return readingOver;
    }

    /** How many talks were put in so far (all of them, once the reading is over). */
    long talksQueued() {
        return talksQueued.get();
    }

    /** The next item, waiting for the reading thread if it is behind. */
    Item next() {
        try {
            return items.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException();
        }
    }

    /** The next item if one is ready, else null (never waits). */
    Item poll() {
        return items.poll();
    }

    /** Tells the reading thread to give up: the storing side failed or was cancelled. */
    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }
}
