package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.model.Talk;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The feed between an import's reading thread and its storing one holds only a few pieces: a reader faster than the
 * storing side waits instead of queueing the whole tree in memory (issue #14: 100,000 talks held 0.5 GB of heap).
 */
class ImportFeedTest {
    private static ImportFeed.Talks piece(int n) {
        List<ImportedTalk> talks = List.of(ImportedTalk.of(Talk.titled("Talk " + n)));
        return new ImportFeed.Talks(talks, List.of(talks.get(0).talk()));
    }

    /** Waits (generously) until the thread has ended or waits in the feed; returns its state then. */
    private static Thread.State settled(Thread t) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            Thread.State state = t.getState();
            if (state == Thread.State.TERMINATED || state == Thread.State.TIMED_WAITING || state == Thread.State.WAITING) {
                return state;
            }
            Thread.sleep(5);
        }
        return t.getState();
    }

    @Test
    void aReaderAheadOfTheStoringSideWaitsOnceTheFeedIsFull() throws Exception {
        ImportFeed feed = new ImportFeed(2);
        Thread reader = new Thread(() -> {
            for (int n = 0; n < 5; n++) {
                feed.awaitRoom();
                feed.put(piece(n));
            }
            feed.put(new ImportFeed.Finished());
        });
        reader.start();
        assertNotEquals(Thread.State.TERMINATED, settled(reader), "the reader queued all five pieces without waiting");
        for (int n = 0; n < 5; n++) {
            ImportFeed.Talks talks = assertInstanceOf(ImportFeed.Talks.class, feed.next());
            assertEquals("Talk " + n, talks.prepared().get(0).title());
        }
        assertInstanceOf(ImportFeed.Finished.class, feed.next());
        reader.join(10_000);
        assertEquals(Thread.State.TERMINATED, reader.getState());
    }

    @Test
    void aReaderWaitingOnAFullFeedGivesUpOnceTheStoringSideStops() throws Exception {
        ImportFeed feed = new ImportFeed(1);
        AtomicReference<RuntimeException> thrown = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                feed.awaitRoom();
                feed.put(piece(0));
                feed.awaitRoom();
                feed.put(piece(1));
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        reader.start();
        assertNotEquals(Thread.State.TERMINATED, settled(reader));
        feed.stop();
        reader.join(10_000);
        assertEquals(Thread.State.TERMINATED, reader.getState());
        assertInstanceOf(ImportCancelledException.class, thrown.get());
    }

    @Test
    void theEndGoesInWithoutWaitingForRoom() {
        ImportFeed feed = new ImportFeed(1);
        feed.put(piece(0));
        feed.put(new ImportFeed.Finished()); // the reader's last word never waits
        assertTrue(feed.readingOver());
        assertInstanceOf(ImportFeed.Talks.class, feed.poll());
        assertInstanceOf(ImportFeed.Finished.class, feed.poll());
        assertNull(feed.poll());
    }
}
