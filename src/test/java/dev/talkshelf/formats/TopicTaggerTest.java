package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {
    private final TopicTagger tagger = TopicTagger.withDefaultTaxonomy();

    private List<String> title(String title) {
        return tagger.suggest(title, null, null);
    }

    @Test
    void rustInFreeThreadedPythonGetsRustFreeThreadingAndConcurrency() {
        List<String> topics = title("Using Rust in Free-Threaded vs Regular Python 3.13");
        assertTrue(topics.containsAll(List.of("python", "python/free-threading", "rust", "concurrency")), topics::toString);
    }

    @Test
    void childTopicBringsItsParent() {
        assertEquals(List.of("python", "python/typing"), title("Type hints in practice"));
    }

    @Test
    void asyncRustGetsRustAndAsync() {
        List<String> topics = title("Async Rust explained in 20 minutes");
        assertTrue(topics.containsAll(List.of("rust", "async")), topics::toString);
        assertFalse(topics.contains("rust/async"), "async has one place in the tree");
    }

    @Test
    void pythonEventImpliesPython() {
        assertEquals(List.of("python"), tagger.suggest("A Brief History", null, "EuroPython 2023"));
        assertEquals(List.of("python"), tagger.suggest("Lightning talks", null, "PyCon US 2024"));
    }

    @Test
    void wordsMatchOnlyOnWordBoundaries() {
        assertFalse(title("Trusting your gut").contains("rust"));
        assertFalse(title("The latest news").contains("testing"));
        assertFalse(title("HTML emails").contains("ai"));
    }

    @Test
    void matchingIgnoresCase() {
        assertTrue(title("How Much FASTER Is PYTHON 3.13 Without the GIL?").containsAll(List.of("python", "python/free-threading", "performance")));
    }

    @Test
    void symbolsInPatternsMatch() {
        assertTrue(title("Modern C++ templates").contains("cpp"));
        assertTrue(title("Chatting with LLMs").contains("ai/llm"));
        assertTrue(title("Chatting with LLMs").contains("ai"));
    }

    @Test
    void oneMentionInTheDescriptionIsNotEnough() {
        assertEquals(List.of(), tagger.suggest("It finally happened", "We also touch security briefly.", null));
    }

    @Test
    void twoMentionsInTheDescriptionCount() {
        assertEquals(List.of("security"), tagger.suggest("It finally happened", "Security matters. Secure defaults win.", null));
    }

    @Test
    void symbolPhrasesInTheDescriptionAreCountedWhereTheyStandAlone() {
        assertEquals(List.of("cpp"), tagger.suggest("It finally happened", "We port C++ code. Modern c++ helps.", null));
        assertEquals(List.of(), tagger.suggest("It finally happened", "We port C++ code. Also xc++ and c++y.", null),
                "c++ inside a longer word is not a mention");
        assertEquals(List.of("devops"), tagger.suggest("It finally happened", "Our CI/CD story; ci/cd at scale.", null));
    }

    @Test
    void talkWithNothingToGoOnGetsNoTopics() {
        assertEquals(List.of(), tagger.suggest(Talk.titled("It finally happened")));
    }

    @Test
    void customTaxonomyIsRead() throws Exception {
        String json = "{\"topics\": [{\"path\": \"Lang/Zig Lang\", \"patterns\": [\"zig*\"], \"implies\": [\"systems\"]}]}";
        TopicTagger custom = TopicTagger.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("lang/zig-lang", "lang", "systems"), custom.suggest("Ziglang comptime", null, null));
    }

    @Test
    void stemsOfEveryLengthAreFoundInADescription() throws Exception {
        String json = "{\"topics\": [{\"path\": \"zig\", \"patterns\": [\"zig*\"]},"
                + " {\"path\": \"embedded\", \"patterns\": [\"microcontroller*\"]},"
                + " {\"path\": \"concurrency\", \"patterns\": [\"thread*\", \"mutex\"]}]}";
        TopicTagger custom = TopicTagger.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("embedded", "concurrency"), custom.suggest("It finally happened",
                "Microcontrollers everywhere: microcontroller boards, threads and threading.", null));
        assertEquals(List.of("zig"), custom.suggest("It finally happened", "Zigzag through zig code; the microphone threw.", null));
    }

    @Test
    void resultFollowsTaxonomyOrderWithoutDuplicates() {
        List<String> topics = title("Testing async Django apps with pytest and PostgreSQL");
        assertEquals(topics.stream().distinct().toList(), topics);
        assertTrue(topics.indexOf("python") < topics.indexOf("testing"));
    }

    private Talk tidied(String title, String... tags) {
        return tagger.tidy(Talk.titled(title).withEvent("EuroPython 2023").withTags(List.of(tags)));
    }

    @Test
    void aliasesAndSpellingVariantsBecomeTheKnownTopic() {
        assertEquals(List.of("python", "format/lightning-talks"), tidied("Lightning talks, day 2", "lightning-talk").tags());
        assertEquals(List.of("ai/machine-learning"), tidied("Models", "machine-learning").tags());
        assertEquals(List.of("data"), tidied("Numbers", "Data Science").tags());
        assertEquals(List.of("python/typing"), tidied("Hints", "type hints").tags());
    }

    @Test
    void aTopicHasOnePlaceInTheTree() {
        assertEquals(List.of("python/django"), tidied("Views", "django").tags());
        assertEquals(List.of("python/django"), tidied("Views", "python/django").tags());
        assertEquals(List.of("internals"), tidied("Frames", "python/internals").tags());
        assertEquals(List.of("concurrency"), tidied("Locks", "async/concurrency").tags());
    }

    @Test
    void aLetterOffInALongWordIsTheKnownTopic() {
        assertEquals(List.of("concurrency"), tidied("Locks", "async/concurreny").tags());
        assertEquals(List.of("security"), tidied("Locks", "secuirty").tags());
        assertEquals(List.of("performance"), tidied("Fast", "performace").tags());
        assertTrue(tidied("Opening", "keynot").tags().contains("format/keynote"));
    }

    @Test
    void shortWordsAreNeverGuessedAt() {
        assertEquals(List.of("dat"), tidied("Dates", "dat").tags(), "three letters: not data");
        assertEquals(List.of("rusk"), tidied("Baking", "rusk").tags(), "four letters: not rust");
        assertTrue(TopicTagger.withinOneEdit("rust", "rusk"), "the distance alone would match");
    }

    @Test
    void eventsPlacesAndEmptyWordsAreNotTopics() {
        Talk t = tidied("Type hints in practice", "pycon", "pyconau", "europython", "PyData", "pythonwebconf", "belarus", "minsk", "talk");
        assertEquals(List.of("python", "python/typing"), t.tags(), "no topic left: suggested from the title");
        assertEquals("EuroPython 2023", t.event(), "the talk's own event stays");
    }

    @Test
    void anEventTagIsTheEventOfATalkThatHasNone() {
        Talk t = tagger.tidy(Talk.titled("Views").withTags(List.of("DjangoCon US 2019", "django")));
        assertEquals("DjangoCon US 2019", t.event());
        assertEquals(List.of("python/django"), t.tags());
    }

    @Test
    void formatsGoUnderTheFormatRootFromTagsAndTitles() {
        assertEquals(List.of("python/typing", "format/tutorial"), tidied("Typing", "mypy", "workshop").tags());
        assertEquals(List.of("python", "format/keynote"), tidied("Keynote: the state of the snake").tags());
        assertEquals(List.of("python", "format/panel"), tidied("Core developer panel").tags());
    }

    @Test
    void aTagTheTaxonomyDoesNotKnowStaysAsATopic() {
        assertEquals(List.of("micropython"), tidied("Boards", "MicroPython").tags());
        assertTrue(tidied("Web apps", "flask").tags().contains("web"), "a tag the patterns know gets their topic");
    }

    @Test
    void aTalkWhoseTagsAllGoGetsSuggestedTopics() {
        assertEquals(List.of("python", "python/free-threading", "concurrency", "format/keynote"),
                tidied("Keynote: free-threaded Python", "keynote", "pycon").tags().stream().distinct().toList());
    }
}
