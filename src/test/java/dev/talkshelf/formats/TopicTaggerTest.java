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
    void asyncRustGetsRustAsyncAndAsync() {
        List<String> topics = title("Async Rust explained in 20 minutes");
        assertTrue(topics.containsAll(List.of("rust", "rust/async", "async")), topics::toString);
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
    void resultFollowsTaxonomyOrderWithoutDuplicates() {
        List<String> topics = title("Testing async Django apps with pytest and PostgreSQL");
        assertEquals(topics.stream().distinct().toList(), topics);
        assertTrue(topics.indexOf("python") < topics.indexOf("testing"));
    }
}
