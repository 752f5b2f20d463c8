package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The words (or {@code said:} terms) searches asked to keep, waiting for the one write that keeps them
 * ({@link KeptWords#keepWhenFree}). The write runs on the executor given: the searching thread by default (tests see a
 * word kept when the search returns), a thread of its own in the app, so a search's page never waits for a word's bit
 * set or figures to be built (0.1-0.2 s at 100,000 talks, 0.6-0.8 s at a million: decision 0083). Words asked for while
 * one write runs wait for the next, in one write; a word asked for twice is kept once.
 */
final class KeepingQueue {
    /** Keeps one word on the writer; {@code noted}: a search counted it common (else it is only tried). */
    interface Keeper {
        void keep(Connection writer, String word, boolean noted) throws SQLException;
    }

    private static final System.Logger LOG = System.getLogger(KeepingQueue.class.getName());

    private final Database db;
    private final Executor executor;
    private final Keeper keeper;
    /** Word to whether a search noted it; guarded by this. */
    private final Map<String, Boolean> waiting = new LinkedHashMap<>();
    /** A task of this queue is on the executor, queued or running; guarded by this. */
    private boolean handedOn;

    KeepingQueue(Database db, Executor executor, Keeper keeper) {
        this.db = db;
        this.executor = executor;
        this.keeper = keeper;
    }

    /** Asks for {@code noted} words to be kept, and {@code tried} ones to be tried (a word in both counts as noted). */
    void add(Collection<String> noted, Collection<String> tried) {
        if (noted.isEmpty() && tried.isEmpty()) {
            return;
        }
        synchronized (this) {
            tried.forEach(word -> waiting.putIfAbsent(word, false));
            noted.forEach(word -> waiting.put(word, true));
            if (handedOn) {
                return; // the running task takes them after its write
            }
            handedOn = true;
        }
        try {
            executor.execute(this::keepWaiting);
        } catch (RejectedExecutionException e) {
            // The library is closing: only time is lost, the words are counted from the search index next time.
            synchronized (this) {
                waiting.clear();
                handedOn = false;
                notifyAll();
            }
        }
    }

    /** Waits until every word asked for so far has had its write (kept, or not when the library was busy). */
    synchronized void awaitIdle() throws InterruptedException {
        while (handedOn) {
            wait();
        }
    }

    private void keepWaiting() {
        while (true) {
            Map<String, Boolean> words;
            synchronized (this) {
                if (waiting.isEmpty()) {
                    handedOn = false;
                    notifyAll();
                    return;
                }
                words = new LinkedHashMap<>(waiting);
                waiting.clear();
            }
            try {
                KeptWords.keepWhenFree(db, List.copyOf(words.keySet()), (writer, word) -> keeper.keep(writer, word, words.get(word)));
            } catch (RuntimeException e) {
                // Keeping only saves time later; a failure must not stop the words asked for next.
                LOG.log(System.Logger.Level.WARNING, "words not kept: " + words.keySet(), e);
            }
        }
    }
}
