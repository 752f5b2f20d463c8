package dev.talkshelf.service;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Talk;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hand-over between the thread that reads an import's sources and the one that stores them in the
 * library's short, journalled transactions: chunks of talks in input order (with their topics already suggested), the end of
 * each source with its playlists, then the end of the import or the failure that stops it.
 */
final class ImportFeed {
    sealed interface Item permits Talks, SourceEnd, Finished, Failed {
    }

    /** Talks as read, and the same talks ready to store ({@code prepared}, topics suggested), index for index. */
    record Talks(List<ImportedTalk> imported, List<Talk> prepared) implements Item {
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
    private final AtomicLong talksQueued = new AtomicLong();
    private volatile boolean stopped;
    private volatile boolean readingOver;

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

    /** Tells the reading thread to give up: the storing side failed or was cancelled. */
    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }
}
