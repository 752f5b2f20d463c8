package dev.talkshelf.service;

import java.util.concurrent.TimeUnit;

/**
 * How long one import transaction stores talks while no other writer waits, by the size of the library it stores into.
 *
 * <p>A writer that waits, in this process or another ({@code Database.writerWaiting}), ends the transaction at once, and
 * the search index is brought up to date every few hundred talks as it goes, so that writer waits for little more than
 * the commit. Short transactions cost the import dearly: 80 ms ones spent most of its time committing (decisions 0021,
 * 0022); the failure that once kept them that short had a cause apart from the budget ({@code catalog.ProcessStart}).
 *
 * <p>Every commit writes out each page the transaction touched of the talk table's indexes in another order than the
 * talks (titles, durations, events and years with titles, progress by status): a second of new talks (~8,000) touches
 * most of their leaf pages once the library is large, so at a fixed budget that cost per talk grows with the library.
 * The budget grows with it instead, from 1 s up to 125,000 talks to 4 s from 500,000 on (decision 0075): a
 * million-talk import into a new library took 131.7 and 124.4 s against 139.4 and 129.0 s with 1 s transactions, run
 * alternately. Other programs then see the import's talks in steps of up to 4 s, and the kept words' texts a
 * transaction holds grow with it (peak RSS +20–35 MB at a million talks).
 */
final class StoreBudget {
    private static final long MIN_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(4);
    /** Talks in the library per second of budget. */
    private static final long TALKS_PER_SECOND = 125_000;
    private static final long NANOS_PER_TALK = TimeUnit.SECONDS.toNanos(1) / TALKS_PER_SECOND;

    private StoreBudget() {
    }

    /** The budget of a transaction that stores into a library of this many talks. */
    static long nanosFor(long libraryTalks) {
        long talks = Math.min(Math.max(0, libraryTalks), MAX_NANOS / NANOS_PER_TALK);
        return Math.max(MIN_NANOS, talks * NANOS_PER_TALK);
    }
}
