package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A seeded run of the writes a kept set must follow: talks inserted, edited and deleted one by one, several writes in
 * one transaction (one new talk's watch state changed and another taken out again in it), and writes rolled back. The
 * caller checks what it keeps every ten steps and at the end.
 */
final class RandomWrites {
    /** A new talk from the run's random numbers; {@code n} tells the talks apart. */
    interface NewTalk {
        Talk make(Random rnd, int n);
    }

    private RandomWrites() {
    }

    /** {@code count} new talks inserted one by one, numbered from 0; their ids, in a list the caller may change. */
    static List<TalkId> inserted(TalkStore talks, Random rnd, int count, NewTalk newTalk) {
        List<TalkId> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ids.add(talks.insert(newTalk.make(rnd, n), null));
        }
        return ids;
    }

    /**
     * {@code steps} random writes on {@code ids} (the talks there now; it is kept up to date). Talks inserted one by one
     * are numbered from {@code firstNumber}; {@code check} gets a label saying when it is called.
     */
    static void run(Database db, TalkStore talks, Random rnd, List<TalkId> ids, int steps, int firstNumber,
                    NewTalk newTalk, BiFunction<Random, Talk, Talk> edit, Consumer<String> check) {
        for (int step = 0; step < steps; step++) {
            int kind = rnd.nextInt(10);
            if (kind < 4 || ids.isEmpty()) {
                ids.add(talks.insert(newTalk.make(rnd, firstNumber + step), null));
            } else if (kind < 7) {
                TalkId id = ids.get(rnd.nextInt(ids.size()));
                talks.update(edit.apply(rnd, talks.get(id).orElseThrow()));
            } else if (kind < 8) {
                talks.delete(ids.remove(rnd.nextInt(ids.size())));
            } else if (kind < 9) {
                db.write(c -> {
                    TalkId added = talks.insert(newTalk.make(rnd, 1000), null);
                    TalkId other = talks.insert(newTalk.make(rnd, 1001), null);
                    TalkId moved = talks.insert(newTalk.make(rnd, 1002), null);
                    // Straight after the inserts, with nothing read between: a new talk's watch state changes, and
                    // another new talk goes, in the transaction that added them.
                    talks.setWatch(moved, new WatchState(WatchStatus.values()[rnd.nextInt(WatchStatus.values().length)],
                            null, null, 0, null));
                    talks.delete(other);
                    talks.update(edit.apply(rnd, talks.get(added).orElseThrow()));
                    ids.add(added);
                    ids.add(moved);
                    return null;
                });
            } else {
                TalkId id = ids.get(rnd.nextInt(ids.size()));
                assertThrows(IllegalStateException.class, () -> db.write(c -> {
                    talks.update(edit.apply(rnd, talks.get(id).orElseThrow()));
                    talks.insert(newTalk.make(rnd, 2000), null);
                    throw new IllegalStateException("rolled back");
                }));
            }
            if (step % 10 == 9) {
                check.accept("after step " + step);
            }
        }
        check.accept("at the end");
    }
}
