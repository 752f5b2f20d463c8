package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TitleKey;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TalkStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    TalkStore talks;
    NoteStore notes;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lib.db"), CLOCK);
        talks = new TalkStore(db, CLOCK);
        notes = new NoteStore(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Talk talk = Talk.titled("Async Rust explained")
                .withSpeakers(List.of("Ana Pérez", "Bo Li"))
                .withEvent("RustConf 2024").withYear(2024).withRecorded(LocalDate.of(2024, 9, 11))
                .withDuration(Duration.ofSeconds(1234)).withMedia("https://www.youtube.com/watch?v=abc")
                .withThumbnail("https://i.ytimg.com/vi/abc/hq.jpg").withLinks(List.of("https://slides.example/a"))
                .withRating(4).withTags(List.of("rust/async", "concurrency")).withDescription("About futures.")
                .withWatch(new WatchState(WatchStatus.IN_PROGRESS, Duration.ofSeconds(300), null, 0, Instant.parse("2026-02-01T00:00:00Z")));
        TalkId id = talks.insert(talk, "youtube:abc");
        Talk back = talks.get(id).orElseThrow();
        assertEquals(talk.withId(id).withAdded(CLOCK.instant()), back);
        assertEquals(id, talks.findBySourceKey("youtube:abc").orElseThrow());
    }

    @Test
    void titleCandidatesOfManyTalksAreThoseAtTheSameEventOrAtNoneOldestFirstAcrossStatements() {
        TalkId atEuroPython = talks.insert(Talk.titled("Keynote").withEvent("EuroPython 2023"), null);
        TalkId atNone = talks.insert(Talk.titled("KEYNOTE"), null);
        TalkId atPyCon = talks.insert(Talk.titled("Keynote").withEvent("PyCon US 2023"), null);
        talks.insert(Talk.titled("Other").withEvent("EuroPython 2023"), null);
        List<TalkStore.TitleProbe> probes = new ArrayList<>(List.of(
                new TalkStore.TitleProbe(0, "keynote", "europython 2023"),
                new TalkStore.TitleProbe(1, "keynote", ""),
                new TalkStore.TitleProbe(2, "keynote", "djangocon 2023"),
                new TalkStore.TitleProbe(3, "other", "pycon us 2023")));
        for (int place = 4; place < 150; place++) { // past the first statement's 100 probes
            probes.add(new TalkStore.TitleProbe(place, "keynote", "pycon us 2023"));
        }

        Map<Integer, List<TalkStore.TitleCandidate>> found = talks.titleCandidates(probes);

        assertEquals(List.of(atEuroPython, atNone), ids(found.get(0)));
        assertEquals(List.of(atEuroPython, atNone, atPyCon), ids(found.get(1)));
        assertEquals(List.of(atNone), ids(found.get(2)));
        assertFalse(found.containsKey(3));
        for (int place = 4; place < 150; place++) {
            assertEquals(List.of(atNone, atPyCon), ids(found.get(place)), "place " + place);
        }
        assertEquals(Map.of(), talks.titleCandidates(List.of()));
    }

    private static List<TalkId> ids(List<TalkStore.TitleCandidate> candidates) {
        return candidates.stream().map(TalkStore.TitleCandidate::id).toList();
    }

    @Test
    void speakersAreSharedByNormalizedNameAndKeepTheirOrder() {
        TalkId a = talks.insert(Talk.titled("A").withSpeakers(List.of("Łukasz Langa", "Guido van Rossum")), null);
        TalkId b = talks.insert(Talk.titled("B").withSpeakers(List.of("lukasz langa")), null);
        assertEquals(List.of("Łukasz Langa", "Guido van Rossum"), talks.get(a).orElseThrow().speakers());
        assertEquals(List.of("Łukasz Langa"), talks.get(b).orElseThrow().speakers(), "same person, first spelling kept");
        assertEquals(2L, (long) db.read(c -> count(c, "SELECT count(*) FROM speaker")));
        assertTrue(talks.isKnownSpeaker("LUKASZ LANGA"));
    }

    @Test
    void speakersOfManyTalksComeInEachTalksOrderAndATalkWithoutAnyIsLeftOut() {
        TalkId a = talks.insert(Talk.titled("A").withSpeakers(List.of("Zoë Z", "Ana A")), null);
        TalkId none = talks.insert(Talk.titled("B"), null);
        TalkId c = talks.insert(Talk.titled("C").withSpeakers(List.of("ana a")), null);
        Map<TalkId, List<String>> found = talks.speakersOf(List.of(c, none, a, TalkId.of(999)));
        assertEquals(Map.of(a, List.of("Zoë Z", "Ana A"), c, List.of("Ana A")), found, "names as stored, first spelling kept");
        talks.update(talks.get(a).orElseThrow().withSpeakers(List.of("Bo B")));
        assertEquals(Map.of(a, List.of("Bo B")), talks.speakersOf(List.of(a)), "as the talk is now");
        assertEquals(Map.of(), talks.speakersOf(List.of()));
    }

    @Test
    void aTitleKeyMadeAheadCountsOnlyForItsOwnTitle() {
        TalkId same = talks.insert(Talk.titled("Async, Explained!"), null, null, TitleKey.of("Async, Explained!"));
        TalkId other = talks.insert(Talk.titled("Rust for Pythonistas"), null, null, TitleKey.of("Async, Explained!"));
        assertEquals(List.of(same), talks.findByTitle("async explained"));
        assertEquals(List.of(other), talks.findByTitle("rust for pythonistas"), "a key of another title is made anew");
    }

    @Test
    void aChildTopicPutsTheTalkUnderEveryAncestor() {
        TalkId id = talks.insert(Talk.titled("Free threading").withTags(List.of("Python/Free Threading")), null);
        assertEquals(List.of("python/free-threading"), talks.get(id).orElseThrow().tags());
        assertEquals(List.of("python", "python/free-threading"), talks.allTopics());
        assertEquals(1L, (long) db.read(c -> count(c, """
                SELECT count(*) FROM talk_topic_closure tc JOIN topic t ON t.id = tc.topic_id WHERE t.path = 'python'""")));
    }

    @Test
    void searchIndexFollowsEditsNotesAndDeletes() {
        TalkId id = talks.insert(Talk.titled("Metaclasses Demystified").withSpeakers(List.of("Jason C. McDonald")), null);
        assertEquals(List.of(id.value()), match("metaclas*"));
        assertEquals(List.of(id.value()), match("mcdonald"));

        talks.update(talks.get(id).orElseThrow().withTitle("Descriptors Demystified"));
        assertEquals(List.of(), match("metaclas*"));
        assertEquals(List.of(id.value()), match("descriptors"));

        notes.add(id, Duration.ofSeconds(754), "the GIL detach trick");
        assertEquals(List.of(id.value()), match("detach"));

        talks.delete(id);
        assertEquals(List.of(), match("descriptors"));
    }

    @Test
    void talkDeletedAndRestoredInOneTransactionIsIndexedOnce() {
        TalkId id = talks.insert(Talk.titled("Metaclasses demystified"), null);
        db.write(c -> {
            Talk before = talks.get(id).orElseThrow();
            talks.delete(id);
            talks.insert(before.withTitle("Metaclasses revisited"), null); // the undo of a delete: same id
            return null;
        });
        assertEquals(List.of(id.value()), match("metaclas*"), "one row, not the old one beside the new");
        assertEquals(List.of(), match("demystified"));
        assertEquals(List.of(id.value()), match("revisited"));
    }

    @Test
    void talksInsertedAndEditedInOneTransactionAreIndexedAsTheyEnd() {
        TalkId id = db.write(c -> {
            TalkId created = talks.insert(Talk.titled("Draft title"), null);
            talks.update(talks.get(created).orElseThrow().withTitle("Final title"));
            return created;
        });
        assertEquals(List.of(id.value()), match("final"));
        assertEquals(List.of(), match("draft"));
    }

    @Test
    void deletingATalkRemovesItsNotesAndPlaylistPlaces() {
        PlaylistStore playlists = new PlaylistStore(db, CLOCK);
        TalkId a = talks.insert(Talk.titled("A"), null);
        TalkId b = talks.insert(Talk.titled("B"), null);
        var list = playlists.create("Study", null);
        playlists.setItems(list.id(), List.of(a, b));
        notes.add(a, null, "note");
        talks.delete(a);
        assertEquals(List.of(b), playlists.items(list.id()));
        assertEquals(0L, (long) db.read(c -> count(c, "SELECT count(*) FROM note")));
    }

    @Test
    void unknownTalkIsReportedByItsId() {
        NoSuchTalkException e = assertThrows(NoSuchTalkException.class, () -> talks.setRating(TalkId.of(42), 3));
        assertEquals("no talk with id 42 in this library", e.getMessage());
    }

    @Test
    void talksLoadInTheOrderAskedForAcrossChunks() {
        List<TalkId> ids = new ArrayList<>();
        db.write(c -> {
            for (int i = 0; i < 1200; i++) {
                ids.add(talks.insert(Talk.titled("Talk " + i), null));
            }
            return null;
        });
        List<TalkId> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        assertEquals(reversed, talks.get(reversed).stream().map(Talk::id).toList());
    }

    /** The talks FTS5 finds for an expression, in id order. */
    private List<Long> match(String fts) {
        return Fts5Matches.of(db, fts).stream().mapToObj(id -> (long) id).toList();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- deltas ---

    @Test
    void changeTopicsWorksOnTheStoredTopicsAndReportsOnlyRealChanges() {
        TalkId id = talks.insert(Talk.titled("Async Rust").withTags(List.of("rust", "draft")), null);

        TopicChange change = talks.changeTopics(id, List.of("rust", "Rust/Async"), List.of("draft", "python"));

        assertEquals(new TopicChange(List.of("rust/async"), List.of("draft")), change);
        assertEquals(List.of("rust", "rust/async"), talks.get(id).orElseThrow().tags());
    }

    @Test
    void aTopicAddedByChangeTopicsIsFoundWithItsAncestors() {
        TalkId id = talks.insert(Talk.titled("Async Rust"), null);

        talks.changeTopics(id, List.of("rust/async"), List.of());

        long closure = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM talk_topic_closure WHERE talk_id = ?")) {
                ps.setLong(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertEquals(2, closure, "rust/async and rust");
    }

    @Test
    void setFieldsWritesOnlyTheNamedFields() {
        TalkId id = talks.insert(Talk.titled("Async Rust").withRating(2).withYear(2020).withSpeakers(List.of("Bo Li")), null);
        Talk other = Talk.titled("Something else").withRating(5).withYear(2024).withSpeakers(List.of("Ana Pérez"))
                .withMedia("https://example.org/v");

        talks.setFields(id, other, EnumSet.of(dev.talkshelf.model.TalkField.YEAR, dev.talkshelf.model.TalkField.SPEAKERS));

        Talk now = talks.get(id).orElseThrow();
        assertEquals("Async Rust", now.title());
        assertEquals(2, now.rating());
        assertEquals(null, now.media());
        assertEquals(2024, now.year());
        assertEquals(List.of("Ana Pérez"), now.speakers());
    }

    // --- listed talks (decision 0042): a list's talks are read without their descriptions ---

    private static final String LONG = ("How the cache keeps hot keys close and why the eviction order matters more "
            + "than its size, measured on real traffic. ").repeat(4);

    private TalkId longDescribed() {
        return talks.insert(Talk.titled("Caches").withSpeakers(List.of("Bo Li")).withEvent("PyCon US 2024").withYear(2024)
                .withDuration(Duration.ofMinutes(30)).withMedia("https://example.org/v").withRating(3)
                .withTags(List.of("python/caching")).withLinks(List.of("https://slides.example/c")).withDescription(LONG), null);
    }

    @Test
    void aListedTalkHasEveryFactButItsDescription() {
        TalkId id = longDescribed();
        assertTrue(StoredValue.of(db, "SELECT description FROM talk WHERE id = ?", id.value()) instanceof byte[],
                "the description is kept deflated");

        Talk listed = talks.listed(List.of(id)).get(0);

        assertTrue(listed.listed());
        assertEquals(talks.get(id).orElseThrow(), listed.withDescription(LONG), "all else as read whole");
    }

    @Test
    void aListedTalksDescriptionCannotBeTakenForNone() {
        Talk listed = talks.listed(List.of(longDescribed())).get(0);

        assertThrows(IllegalStateException.class, listed::description);
    }

    @Test
    void listingNeverReadsTheDescriptionColumn() {
        TalkId id = longDescribed();
        // Without the column under its name, a read that names it (or takes t.* and then asks for it) fails.
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("ALTER TABLE talk RENAME COLUMN description TO description_elsewhere");
            }
            return null;
        });

        assertEquals("Caches", talks.listed(List.of(id)).get(0).title());
        assertThrows(RuntimeException.class, () -> talks.get(id), "reading whole still needs the column");
    }

    @Test
    void aListedTalkIsNotWrittenBackWhole() {
        TalkId id = longDescribed();
        Talk listed = talks.listed(List.of(id)).get(0);

        assertThrows(IllegalArgumentException.class, () -> talks.update(listed.withTitle("Caches, revised")));
        assertThrows(IllegalArgumentException.class, () -> talks.insert(listed.withId(null), null));
        assertThrows(IllegalArgumentException.class,
                () -> talks.setFields(id, listed, EnumSet.of(dev.talkshelf.model.TalkField.DESCRIPTION)));

        Talk now = talks.get(id).orElseThrow();
        assertEquals("Caches", now.title());
        assertEquals(LONG, now.description());
        assertEquals(1, talks.count());
    }

    @Test
    void otherFieldsOfAListedTalkAreWrittenAndItsDescriptionStays() {
        TalkId id = longDescribed();
        Talk listed = talks.listed(List.of(id)).get(0);

        talks.setFields(id, listed.withTitle("Caches, revised").withRating(5),
                EnumSet.of(dev.talkshelf.model.TalkField.TITLE, dev.talkshelf.model.TalkField.RATING));

        Talk now = talks.get(id).orElseThrow();
        assertEquals("Caches, revised", now.title());
        assertEquals(5, now.rating());
        assertEquals(LONG, now.description());
    }

    @Test
    void duplicateLookUpsFindEveryKnownKeyAcrossPiecesAndNothingElse() {
        // 1,201 talks: three pieces of look-ups (500, 500, 201), the last padded out; every other one's source key is its media.
        int count = 1201;
        List<String> titleKeys = new ArrayList<>();
        List<String> media = new ArrayList<>();
        List<String> sourceKeys = new ArrayList<>();
        db.write(c -> {
            for (int i = 0; i < count; i++) {
                String link = "https://example.org/v" + i + ".mp4";
                String sourceKey = i % 2 == 0 ? link : "youtube:v" + i;
                talks.insert(Talk.titled("Talk number " + i).withMedia(link), sourceKey);
                titleKeys.add("talk number " + i);
                media.add(link);
                sourceKeys.add(sourceKey);
            }
            return null;
        });
        List<String> unknown = List.of("talk number 99999", "https://example.org/none.mp4", "youtube:none");
        List<String> askedTitles = new ArrayList<>(titleKeys);
        askedTitles.add(unknown.get(0));
        List<String> askedMedia = new ArrayList<>(media);
        askedMedia.add(unknown.get(1));
        List<String> askedSourceKeys = new ArrayList<>(sourceKeys);
        askedSourceKeys.add(unknown.get(2));
        for (int round = 0; round < 2; round++) { // the second time through the statements kept from the first
            assertEquals(new HashSet<>(titleKeys), talks.presentTitleKeys(askedTitles));
            assertEquals(new HashSet<>(media), talks.presentMedia(askedMedia));
            assertEquals(new HashSet<>(sourceKeys), talks.presentSourceKeys(askedSourceKeys));
        }
        assertEquals(Set.of("talk number 7"), talks.presentTitleKeys(List.of("talk number 7", "talk number 99999")));
    }
}
