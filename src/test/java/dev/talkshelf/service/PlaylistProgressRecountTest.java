package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicProgress;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every playlist's progress as the sidebar lists it (decision 0049: ranges of the step-25 indexes, a topic's talks walked)
 * equals a recount of the playlist's talks one by one: a manual playlist's items, a smart one's search results, each talk
 * read whole. Over random talks, statuses, positions (before, past and without the talk's length), ratings and lengths,
 * and again after each of a run of random edits: through this library, a second one open on the same file (another
 * TalkShelf), a plain connection (another program), a write rolled back, an import and its undo. A topic with conditions
 * on the status alone is read from the figures kept per topic and status (decision 0059), which those writes keep.
 */
class PlaylistProgressRecountTest extends OnTestLibrary {
    private static final String[] WORDS = {"keynote", "python", "rust", "data", "async", "panel"};
    private static final String[] TOPICS = {"python/free-threading", "python/asyncio", "rust", "data/ml"};
    private static final List<String> SMART = List.of(
            "rating:>=4", "tag:python/free-threading status:unwatched", "keynote year:>=2023", "duration:<15m status:unwatched",
            "status:in-progress", "rating:2..4 year:>=2020", "rating:<3 status:in-progress", "tag:python", "tag:python rating:>=3",
            "tag:=rust duration:>=20m", "year:>=2021", "duration:>=40m", "-status:watched", "status:skipped or rating:5",
            "python or rust", "has:rating status:watched", "keynote", "python rust status:in-progress", "data -status:watched",
            "async tag:rust", "tag:python/asyncio", "tag:data status:in-progress", "tag:rust (status:watched or status:skipped)",
            "tag:python status:unwatched duration:>=10m", "tag:data status:watched or status:skipped", "tag:rust -status:watched",
            "tag:data/ml status:in-progress", "tag:python status:watched");

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
        for (int step = 0; step < 100; step++) {
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
        assertTopLevelTopicsEqualRecount(when);
    }

    /** The dashboard's top-level topics (decision 0059 reads them from the same kept figures), recounted talk by talk. */
    private void assertTopLevelTopicsEqualRecount(String when) {
        List<TopicProgress> expected = new ArrayList<>();
        for (String top : List.of("data", "python", "rust")) {
            List<Talk> found = lib.search.search("tag:" + top, 0, 10_000).talks();
            if (!found.isEmpty()) {
                long watched = found.stream().filter(t -> lib.get(t.id()).status() == WatchStatus.WATCHED).count();
                expected.add(new TopicProgress(top, watched, found.size()));
            }
        }
        expected.sort(Comparator.comparingLong(TopicProgress::total).reversed().thenComparing(TopicProgress::topic));
        assertEquals(expected, lib.watch.progressByTopic(), when + ": the top-level topics");
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

    private void reloadTalks() {
        talks.clear();
        talks.addAll(lib.search.search("", 0, 10_000).talks().stream().map(Talk::id).toList());
    }

    private TalkId anyTalk() {
        return talks.get(rnd.nextInt(talks.size()));
    }

    /** One random write that can change some playlist's figures; says what it did. */
    private String randomEdit() {
        switch (rnd.nextInt(16)) {
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
            case 11 -> {
                List<TalkId> some = randomTalks(1 + rnd.nextInt(20));
                WatchStatus status = WatchStatus.values()[rnd.nextInt(WatchStatus.values().length)];
                try (TestLibrary other = TestLibrary.in(dir)) {
                    other.watch.mark(some, status);
                    other.watch.progress(anyTalk(), Duration.ofSeconds(rnd.nextInt(4_000)));
                    Talk seen = other.get(anyTalk());
                    String topic = TOPICS[rnd.nextInt(TOPICS.length)];
                    other.library.update(seen, seen.withTags(rnd.nextBoolean() ? List.of(topic) : List.of()));
                }
                return "another TalkShelf marking " + some.size() + " talks " + status + ", a position and a talk's topics";
            }
            case 12 -> {
                List<TalkId> some = randomTalks(1 + rnd.nextInt(10));
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                     PreparedStatement ps = c.prepareStatement(
                             "UPDATE talk SET status = ?, duration_ms = ?, position_ms = ? WHERE id = ?")) {
                    for (TalkId id : some) {
                        ps.setString(1, WatchStatus.values()[rnd.nextInt(WatchStatus.values().length)].label());
                        ps.setObject(2, rnd.nextInt(5) == 0 ? null : 60_000L + rnd.nextInt(3_000_000));
                        ps.setObject(3, rnd.nextInt(3) == 0 ? null : (long) rnd.nextInt(4_000_000));
                        ps.setLong(4, id.value());
                        ps.executeUpdate();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return "another program writing the status, length and position of " + some.size() + " talks";
            }
            case 13 -> {
                List<TalkId> some = randomTalks(1 + rnd.nextInt(10));
                assertThrows(IllegalStateException.class, () -> lib.db.write(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE talk SET status = 'in-progress', duration_ms = 7, position_ms = 3 WHERE id = ?")) {
                        for (TalkId id : some) {
                            ps.setLong(1, id.value());
                            ps.executeUpdate();
                        }
                    }
                    lib.library.delete(List.of(some.get(0)));
                    throw new IllegalStateException("taken back");
                }));
                return "a write of " + some.size() + " talks and a delete rolled back";
            }
            case 14 -> {
                List<Talk> fresh = new ArrayList<>();
                for (int i = 0; i < 1 + rnd.nextInt(10); i++) {
                    fresh.add(Talk.titled(WORDS[rnd.nextInt(WORDS.length)] + " imported " + rnd.nextInt(1_000_000))
                            .withDuration(rnd.nextInt(6) == 0 ? null : Duration.ofSeconds(120 + rnd.nextInt(3_600)))
                            .withTags(List.of(TOPICS[rnd.nextInt(TOPICS.length)]))
                            .withWatch(randomWatch()));
                }
                // One merged into a talk already there, with a topic it may not have: undoing it rebuilds the talk's
                // topic entries (ImportJournal).
                Talk there = lib.get(anyTalk());
                fresh.add(Talk.titled(there.title()).withSpeakers(there.speakers())
                        .withTags(List.of(TOPICS[rnd.nextInt(TOPICS.length)])));
                lib.importsWithoutReaders(t -> List.of(TOPICS[rnd.nextInt(TOPICS.length)]))
                        .apply(List.of(ImportBatch.ofTalks(fresh)), false);
                reloadTalks();
                if (rnd.nextBoolean()) {
                    return "an import of " + fresh.size() + " talks, one merged";
                }
                assertListedEqualsRecount("after an import of " + fresh.size() + " talks, one merged");
                lib.library.undo();
                reloadTalks();
                return "an import of " + fresh.size() + " talks, one merged, and its undo";
            }
            case 15 -> {
                TalkId id = anyTalk();
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                     PreparedStatement ps = c.prepareStatement("DELETE FROM talk WHERE id = ?")) {
                    c.createStatement().execute("PRAGMA foreign_keys = ON");
                    ps.setLong(1, id.value());
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                talks.remove(id);
                return "another program deleting " + id;
            }
            default -> {
                lib.library.undo();
                reloadTalks();
                return "an undo";
            }
        }
    }
}
