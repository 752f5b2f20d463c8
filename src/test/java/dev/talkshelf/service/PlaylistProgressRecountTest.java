package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every playlist's progress as the sidebar lists it (decision 0049: ranges of the step-25 indexes, a topic's talks walked)
 * equals a recount of the playlist's talks one by one: a manual playlist's items, a smart one's search results, each talk
 * read whole. Over random talks, statuses, positions (before, past and without the talk's length), ratings and lengths,
 * and again after each of a run of random edits.
 */
class PlaylistProgressRecountTest extends OnTestLibrary {
    private static final String[] WORDS = {"keynote", "python", "rust", "data", "async", "panel"};
    private static final String[] TOPICS = {"python/free-threading", "python/asyncio", "rust", "data/ml"};
    private static final List<String> SMART = List.of(
            "rating:>=4", "tag:python/free-threading status:unwatched", "keynote year:>=2023", "duration:<15m status:unwatched",
            "status:in-progress", "rating:2..4 year:>=2020", "rating:<3 status:in-progress", "tag:python", "tag:python rating:>=3",
            "tag:=rust duration:>=20m", "year:>=2021", "duration:>=40m", "-status:watched", "status:skipped or rating:5",
            "python or rust", "has:rating status:watched", "keynote", "python rust status:in-progress", "data -status:watched",
            "async tag:rust");

    Random rnd = new Random(14);
    List<TalkId> talks = new ArrayList<>();

    @BeforeEach
    void open() {
        for (int i = 0; i < 400; i++) {
            talks.add(randomTalk(i));
        }
        for (int i = 0; i < SMART.size(); i++) {
            lib.playlists.createSmart("smart " + i, SMART.get(i));
        }
        for (int i = 0; i < 4; i++) {
            lib.playlists.create("study " + i);
            lib.playlists.add("study " + i, randomTalks(5 + rnd.nextInt(40)));
        }
        lib.playlists.create("empty");
    }

    @Test
    void everyPlaylistsProgressEqualsARecountOfItsTalks() {
        assertListedEqualsRecount("the library as made");
    }

    @Test
    void everyPlaylistsProgressEqualsARecountAfterEachEdit() {
        for (int step = 0; step < 60; step++) {
            String edit = randomEdit();
            assertListedEqualsRecount("after " + edit + " (step " + step + ")");
        }
    }

    private void assertListedEqualsRecount(String when) {
        List<PlaylistSummary> listed = lib.playlists.list();
        assertEquals(SMART.size() + 5, listed.size(), when);
        for (PlaylistSummary s : listed) {
            assertFalse(s.isBroken(), when + ": " + s.playlist().name() + " " + s.problem());
            Recount expected = recount(s.playlist());
            assertEquals(expected, new Recount(s.watched(), s.total(), s.remainingSeconds()),
                    when + ": " + s.playlist().name() + " (" + s.playlist().query() + ")");
            assertEquals(expected, new Recount(lib.playlists.progress(s.playlist().name())),
                    when + ", alone: " + s.playlist().name());
        }
    }

    private record Recount(int watched, int total, long remainingSeconds) {
        Recount(dev.talkshelf.model.PlaylistProgress p) {
            this(p.watched(), p.total(), p.remainingSeconds());
        }
    }

    /** The playlist's talks read one by one, summed by the rules of {@link dev.talkshelf.model.PlaylistProgress}. */
    private Recount recount(Playlist p) {
        List<TalkId> ids = p.isSmart()
                ? lib.search.search(p.query(), 0, 10_000).talks().stream().map(Talk::id).toList()
                : lib.playlistStore.items(p.id());
        int watched = 0;
        long leftMs = 0;
        for (TalkId id : ids) {
            Talk t = lib.get(id);
            WatchStatus status = t.status();
            if (status == WatchStatus.WATCHED) {
                watched++;
            }
            long length = t.duration() == null ? 0 : t.duration().toMillis();
            if (status == WatchStatus.UNWATCHED) {
                leftMs += length;
            } else if (status == WatchStatus.IN_PROGRESS) {
                long position = t.watch().position() == null ? 0 : t.watch().position().toMillis();
                leftMs += Math.max(length - position, 0);
            }
        }
        return new Recount(watched, ids.size(), leftMs / 1000);
    }

    private TalkId randomTalk(int i) {
        String title = WORDS[rnd.nextInt(WORDS.length)] + " talk " + i + (rnd.nextBoolean() ? " " + WORDS[rnd.nextInt(WORDS.length)] : "");
        List<String> tags = new ArrayList<>();
        for (String topic : TOPICS) {
            if (rnd.nextInt(4) == 0) {
                tags.add(topic);
            }
        }
        Talk t = Talk.titled(title)
                .withYear(rnd.nextInt(8) == 0 ? null : 2018 + rnd.nextInt(8))
                .withDuration(rnd.nextInt(7) == 0 ? null : Duration.ofSeconds(120 + rnd.nextInt(3_600)))
                .withRating(rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(5) : null)
                .withTags(tags)
                .withWatch(randomWatch());
        lib.clock.advance(Duration.ofSeconds(1));
        return lib.talks.insert(t, null);
    }

    private WatchState randomWatch() {
        WatchStatus status = WatchStatus.values()[rnd.nextInt(WatchStatus.values().length)];
        Duration position = status != WatchStatus.IN_PROGRESS || rnd.nextInt(5) == 0 ? null
                : Duration.ofSeconds(rnd.nextInt(4_000)); // sometimes past the talk's length
        return new WatchState(status, position, null, status == WatchStatus.WATCHED ? 1 : 0,
                status == WatchStatus.UNWATCHED ? null : lib.clock.instant());
    }

    private List<TalkId> randomTalks(int n) {
        List<TalkId> some = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TalkId id = talks.get(rnd.nextInt(talks.size()));
            if (!some.contains(id)) {
                some.add(id);
            }
        }
        return some;
    }

    private TalkId anyTalk() {
        return talks.get(rnd.nextInt(talks.size()));
    }

    /** One random write that can change some playlist's figures; says what it did. */
    private String randomEdit() {
        switch (rnd.nextInt(11)) {
            case 0 -> {
                List<TalkId> some = randomTalks(1 + rnd.nextInt(20));
                WatchStatus status = WatchStatus.values()[rnd.nextInt(WatchStatus.values().length)];
                lib.watch.mark(some, status);
                return "marking " + some.size() + " talks " + status;
            }
            case 1 -> {
                TalkId id = anyTalk();
                lib.watch.progress(id, Duration.ofSeconds(rnd.nextInt(4_000)));
                return "a position of " + id;
            }
            case 2 -> {
                TalkId id = anyTalk();
                lib.library.setRating(id, rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(5));
                return "a rating of " + id;
            }
            case 3 -> {
                Talk seen = lib.get(anyTalk());
                lib.library.update(seen, seen.withDuration(rnd.nextInt(5) == 0 ? null : Duration.ofSeconds(60 + rnd.nextInt(3_000)))
                        .withYear(rnd.nextInt(6) == 0 ? null : 2018 + rnd.nextInt(8)));
                return "the length and year of " + seen.id();
            }
            case 4 -> {
                List<TalkId> some = randomTalks(1 + rnd.nextInt(10));
                String topic = TOPICS[rnd.nextInt(TOPICS.length)];
                boolean add = rnd.nextBoolean();
                lib.library.changeTopics(some, add ? List.of(topic) : List.of(), add ? List.of() : List.of(topic));
                return (add ? "adding " : "removing ") + topic + " on " + some.size() + " talks";
            }
            case 5 -> {
                String name = "study " + rnd.nextInt(4);
                lib.playlists.add(name, randomTalks(1 + rnd.nextInt(8)));
                return "talks added to " + name;
            }
            case 6 -> {
                String name = "study " + rnd.nextInt(4);
                List<TalkId> items = lib.playlistStore.items(lib.playlists.get(name).id());
                if (items.isEmpty()) {
                    return "nothing";
                }
                lib.playlists.remove(name, List.of(items.get(rnd.nextInt(items.size()))));
                return "a talk taken out of " + name;
            }
            case 7 -> {
                TalkId id = anyTalk();
                lib.library.delete(List.of(id));
                talks.remove(id);
                return "deleting " + id;
            }
            case 8 -> {
                for (int i = 0; i < 1 + rnd.nextInt(15); i++) {
                    talks.add(randomTalk(1_000 + talks.size() + i));
                }
                return "new talks";
            }
            case 9 -> {
                Playlist p = lib.playlists.get("smart " + rnd.nextInt(SMART.size()));
                String query = SMART.get(rnd.nextInt(SMART.size()));
                lib.playlistStore.setQuery(p.id(), query);
                return p.name() + " now " + query;
            }
            default -> {
                lib.library.undo();
                return "an undo";
            }
        }
    }
}
