package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.catalog.TranscriptStore;
import dev.talkshelf.model.Moment;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code said:} and plain words in transcripts, and the moments they find, on a real library with real subtitle files. */
class SaidSearchTest extends OnTestLibrary {
    TranscriptService transcripts;

    @BeforeEach
    void open() {
        transcripts = new TranscriptService(new TranscriptStore(lib.db, lib.clock), lib.edits);
    }

    TalkId talkSaying(String title, String vtt) throws IOException {
        TalkId id = lib.talk(title, 60);
        Path file = dir.resolve("t" + id.value() + ".vtt");
        Files.writeString(file, vtt);
        transcripts.attach(id, file);
        return id;
    }

    /** A plain WebVTT file, one cue per line of {@code lines}, ten seconds each. */
    static String vtt(String... lines) {
        StringBuilder s = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < lines.length; i++) {
            s.append(time(i * 10)).append(" --> ").append(time(i * 10 + 9)).append('\n').append(lines[i]).append("\n\n");
        }
        return s.toString();
    }

    static String time(int seconds) {
        return "%02d:%02d:%02d.000".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    List<String> titles(String query) {
        return lib.search.search(query, 0, 100).talks().stream().map(Talk::title).toList();
    }

    List<String> titlesSaid(String query) {
        return lib.search.search(query, true, 0, 100).talks().stream().map(Talk::title).toList();
    }

    @Test
    void saidFindsTalksWhereAWordWasSaid() throws IOException {
        talkSaying("Concurrency", vtt("welcome everyone", "the GIL is released here", "thank you"));
        talkSaying("Packaging", vtt("welcome", "wheels and sdists"));
        lib.talk("No transcript at all", 30);
        assertEquals(List.of("Concurrency"), titles("said:gil"));
        assertEquals(List.of("Packaging"), titles("said:wheels"));
    }

    @Test
    void saidMatchesWholeWordsNotPrefixes() throws IOException {
        talkSaying("Concurrency", vtt("the gilded age of threads"));
        assertEquals(List.of(), titles("said:gil"));
        assertEquals(List.of("Concurrency"), titles("said:gilded"));
    }

    @Test
    void aQuotedPhraseMatchesItsWordsInOrderWithinACue() throws IOException {
        talkSaying("In order", vtt("the global interpreter lock is released"));
        talkSaying("Scattered", vtt("a global view", "of the interpreter", "and a lock"));
        talkSaying("Reversed", vtt("lock the interpreter globally"));
        assertEquals(List.of("In order"), titles("said:\"global interpreter lock\""));
        assertEquals(3, titles("said:lock").size());
    }

    @Test
    void theCueBreakTypedInAPhraseIsTakenOutSoThePhraseStaysWithinACue() throws IOException {
        talkSaying("Scattered", vtt("a global", "interpreter lock"));
        talkSaying("In order", vtt("the global interpreter lock"));
        // U+E000 is what said_fts keeps between two cues: typed in a phrase, it must not join them.
        assertEquals(List.of("In order"), titles("said:\"global \uE000 interpreter\""));
        assertEquals(List.of("In order"), titlesSaid("\"global \uE000 interpreter\""));
        assertEquals(List.of("In order"), titles("said:\"global\uE000interpreter\""));
    }

    @Test
    void twoSaidTermsNeedBothSaidInTheTalkNotInOneCue() throws IOException {
        talkSaying("Both apart", vtt("asyncio is nice", "and so is trio"));
        talkSaying("Only one", vtt("asyncio is nice"));
        assertEquals(List.of("Both apart"), titles("said:asyncio said:trio"));
        assertEquals(List.of("Both apart", "Only one").stream().sorted().toList(),
                titles("said:asyncio or said:trio").stream().sorted().toList());
    }

    @Test
    void notSaidKeepsTalksThatNeverSaidItIncludingThoseWithoutTranscript() throws IOException {
        talkSaying("Says it", vtt("the gil again"));
        talkSaying("Says other", vtt("something else"));
        lib.talk("Silent", 20);
        assertEquals(List.of("Says other", "Silent"), titles("not said:gil").stream().sorted().toList());
        assertEquals(List.of("Says other", "Silent"), titles("-said:gil").stream().sorted().toList());
    }

    @Test
    void saidCombinesWithOtherFields() throws IOException {
        TalkId tagged = talkSaying("Tagged", vtt("the gil"));
        talkSaying("Untagged", vtt("the gil"));
        TalkId elsewhere = talkSaying("Tagged but silent on it", vtt("nothing here"));
        lib.talks.setTags(tagged, List.of("python"));
        lib.talks.setTags(elsewhere, List.of("python"));
        assertEquals(List.of("Tagged"), titles("said:gil tag:python"));
        assertEquals(List.of("Tagged"), titles("tag:python said:gil"));
        assertEquals(List.of("Tagged but silent on it"), titles("tag:python not said:gil"));
        assertEquals(List.of("Tagged", "Untagged").stream().sorted().toList(),
                titles("(said:gil or title:nothing) duration:1h").stream().sorted().toList());
    }

    @Test
    void transcriptsNeverMatchOrRankPlainWordsUnlessAskedTo() throws IOException {
        lib.talk("Locks in depth", 30);
        talkSaying("Threads", vtt("lock lock lock", "a lock again", "locks everywhere"));
        assertEquals(List.of("Locks in depth"), titles("lock"), "transcripts are not searched by plain words");
        assertEquals(List.of("Locks in depth", "Threads"), titlesSaid("lock"),
                "asked to, the talk's own text still ranks first: what was said only adds talks");
        assertEquals(2, lib.search.summary("lock", true).talks());
        assertEquals(1, lib.search.summary("lock", false).talks());
    }

    @Test
    void wordsSaidWorkWithNegationsAndFields() throws IOException {
        TalkId threads = talkSaying("Threads", vtt("the lock is held"));
        talkSaying("Locks in depth", vtt("nothing to add"));
        lib.talk("Unrelated", 10);
        lib.talks.setTags(threads, List.of("python"));
        assertEquals(List.of("Threads"), titlesSaid("lock tag:python"));
        assertEquals(List.of("Unrelated"), titlesSaid("-lock"));
    }

    @Test
    void momentsAreTheMatchingCuesBestFirstWithTheirStart() throws IOException {
        TalkId id = talkSaying("Concurrency", vtt("welcome", "we talk about the gil", "more", "gil gil gil the gil", "bye"));
        List<Moment> moments = lib.search.moments("said:gil", false, id, 5);
        assertEquals(2, moments.size());
        assertEquals(Duration.ofSeconds(30), moments.get(0).at(), "the cue saying it most often ranks first");
        assertEquals(Duration.ofSeconds(10), moments.get(1).at());
        assertEquals("more gil gil gil the gil bye", moments.get(0).text(),
                "with the cues before and after it");
        assertEquals(1, lib.search.moments("said:gil", false, id, 1).size());
    }

    @Test
    void noMomentsWithoutASaidTermOrForANegatedOne() throws IOException {
        TalkId id = talkSaying("Concurrency", vtt("the gil"));
        assertEquals(List.of(), lib.search.moments("gil", false, id, 3));
        assertEquals(List.of(), lib.search.moments("title:concurrency -said:lock", false, id, 3));
        assertEquals(1, lib.search.moments("gil", true, id, 3).size(), "plain words when asked to");
    }

    @Test
    void momentsAreTheCuesTheTalkWasFoundByAccentsAndPunctuationAside() throws IOException {
        TalkId id = talkSaying("Aprendizaje", vtt("hola", "técnicas de Machine, learning", "adiós", "machine; learning"));

        assertEquals(List.of("Aprendizaje"), titles("said:tecnicas"));
        assertEquals(List.of(Duration.ofSeconds(10)),
                lib.search.moments("said:tecnicas", false, id, 5).stream().map(Moment::at).toList());
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(30)),
                lib.search.moments("said:\"machine learning\"", false, id, 5).stream().map(Moment::at).sorted().toList());
        assertEquals(List.of(), titles("said:\"learning adios\""), "no phrase across two cues");
    }

    @Test
    void aSaidOnlyQueryListsTheTalkThatSaidItMostFirstNotTheNewest() throws IOException {
        talkSaying("All about the GIL", vtt("the gil", "why the gil", "the gil and threads", "gil removal"));
        talkSaying("Packaging", vtt("wheels", "sdists"));
        talkSaying("Mentions it once", vtt("welcome", "asyncio", "the gil aside", "tasks", "futures", "bye"));

        assertEquals(List.of("All about the GIL", "Mentions it once"), titles("said:gil"));
        assertEquals(List.of("All about the GIL", "Mentions it once"),
                lib.search.search("said:gil", SortKey.RELEVANCE, false, 0, 10).talks().stream().map(Talk::title).toList());
        assertEquals(List.of("Mentions it once", "All about the GIL"),
                lib.search.search("said:gil", SortKey.ADDED, false, 0, 10).talks().stream().map(Talk::title).toList(),
                "sorted by date when asked");
        assertEquals(List.of("Mentions it once"), lib.search.search("said:gil", false, 1, 10).talks().stream()
                .map(Talk::title).toList(), "the second page goes on from the first");
        assertEquals(2, lib.search.search("said:gil", false, 0, 1).total());
    }

    @Test
    void aTalkWithoutTranscriptHasNoMoments() {
        TalkId silent = lib.talk("Silent", 20);
        assertEquals(List.of(), lib.search.moments("said:gil", false, silent, 3));
        assertEquals(Map.of(), lib.search.moments("said:gil", false, List.of(silent), 3));
    }

    @Test
    void momentsForAPageKeepItsOrderAndLeaveOutTalksWithoutMatches() throws IOException {
        TalkId a = talkSaying("A", vtt("the gil"));
        TalkId b = talkSaying("B", vtt("nothing"));
        TalkId c = talkSaying("C", vtt("gil here", "and there", "gil"));
        Map<TalkId, List<Moment>> moments = lib.search.moments("said:gil", false, List.of(c, b, a), 3);
        assertEquals(List.of(c, a), List.copyOf(moments.keySet()));
        assertEquals(2, moments.get(c).size());
    }

    @Test
    void momentsForThousandsOfTalksAtOnceAreAllRead() throws IOException {
        TalkId said = talkSaying("Said", vtt("the gil"));
        List<TalkId> many = new ArrayList<>();
        for (long id = 5_000; id < 7_500; id++) {
            many.add(TalkId.of(id));
        }
        many.add(2_100, said);
        assertEquals(List.of(said), List.copyOf(lib.search.moments("said:gil", false, many, 1).keySet()));
    }

    @Test
    void aLongMomentIsCutAroundTheMatchAtWords() throws IOException {
        String before = "one two three four five six seven eight nine ten ".repeat(6).strip();
        String after = "alpha beta gamma delta epsilon zeta eta theta iota kappa ".repeat(6).strip();
        TalkId id = talkSaying("Long", vtt(before, "and here the global interpreter lock is released when waiting", after));
        Moment m = lib.search.moments("said:\"interpreter lock\"", false, id, 1).get(0);
        assertTrue(m.text().length() <= Moment.MAX_TEXT + 2, m.text());
        assertTrue(m.text().startsWith("…") && m.text().endsWith("…"), m.text());
        assertTrue(m.text().contains("the global interpreter lock is released when waiting"), m.text());
        assertFalse(m.text().contains("  "), m.text());
        assertEquals(Duration.ofSeconds(10), m.at());
    }

    @Test
    void rollingAutoCaptionsGiveCleanMomentsWithoutRepeats() throws IOException {
        TalkId id = lib.talk("The GIL", 60);
        Path file = dir.resolve("gil-talk.en.vtt");
        try (var in = SaidSearchTest.class.getResourceAsStream("/formats/transcripts/gil-talk.en.vtt")) {
            Files.copy(in, file);
        }
        transcripts.attach(id, file);
        List<Moment> moments = lib.search.moments("said:\"global interpreter lock\"", false, id, 3);
        assertEquals(1, moments.size(), "the rolling repeats are one cue: " + moments);
        assertEquals(Duration.ofMillis(2360), moments.get(0).at());
        String text = moments.get(0).text();
        assertEquals(text.indexOf("global interpreter lock"), text.lastIndexOf("global interpreter lock"), text);
        assertEquals(List.of("The GIL"), titles("said:released"));
    }

    @Test
    void aBadSaidTermIsReportedAtItsColumn() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> lib.search.search("tag:python said:>gil", 0, 10));
        assertEquals(17, e.column(), "at the operator: " + e.getMessage());
        InvalidQueryException empty = assertThrows(InvalidQueryException.class, () -> lib.search.search("x said:", 0, 10));
        assertEquals(3, empty.column(), empty.getMessage());
        assertThrows(InvalidQueryException.class, () -> lib.search.moments("said:(", false, List.of(TalkId.of(1)), 3));
    }

    @Test
    void aSaidTermWithoutLettersMatchesEverything() throws IOException {
        talkSaying("A", vtt("hello"));
        lib.talk("B", 10);
        assertEquals(2, titles("said:\"...\"").size());
    }
}
