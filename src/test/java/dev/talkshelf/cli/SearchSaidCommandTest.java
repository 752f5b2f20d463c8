package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search said:...} and {@code search --said} on a real library file with transcripts attached. */
class SearchSaidCommandTest {
    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void library() throws Exception {
        cli = new Cli(dir);
        cli.importTalks(dir, Cli.talk("The GIL, detached", 40), Cli.talk("Async in practice", 30), Cli.talk("Locks", 20));
        cli.ok("import", fixture("gil-talk.en.vtt"), "--talk", "1");
        Path vtt = dir.resolve("async.vtt");
        Files.writeString(vtt, """
                WEBVTT

                00:00:01.000 --> 00:00:04.000
                welcome to a talk about the event loop

                00:12:34.000 --> 00:12:38.000
                the global interpreter lock is released when you await

                00:15:00.000 --> 00:15:05.000
                questions from the audience

                00:20:00.000 --> 00:20:05.000
                and the lock again, global interpreter lock
                """);
        cli.ok("import", vtt.toString(), "--talk", "2");
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(SearchSaidCommandTest.class.getResource("/formats/transcripts/" + name).toURI()).toString();
    }

    @Test
    void jsonGivesEachMatchedTalkItsMomentsBestFirst() {
        JsonNode json = cli.ok("search", "said:\"global interpreter lock\"", "--json").json();
        assertEquals(2, json.size());
        for (JsonNode talk : json) {
            JsonNode moments = talk.get("moments");
            assertTrue(moments.isArray() && moments.size() >= 1, talk.toString());
            for (JsonNode m : moments) {
                assertEquals(2, m.size(), m.toString());
                assertTrue(m.get("at").isNumber(), m.toString());
                assertTrue(m.get("text").asText().contains("global interpreter lock"), m.toString());
            }
        }
        JsonNode async = json.get(0).get("id").asLong() == 2 ? json.get(0) : json.get(1);
        assertEquals(2, async.get("moments").size(), "both cues saying it, apart (a cue beside one taken is left out)");
        assertEquals(1200, async.get("moments").get(0).get("at").asDouble(), 1e-9, "the shorter cue first (bm25)");
        JsonNode gil = json.get(0).get("id").asLong() == 1 ? json.get(0) : json.get(1);
        assertEquals(2.36, gil.get("moments").get(0).get("at").asDouble(), 1e-9);
    }

    @Test
    void jsonHasNoMomentsWithoutSomethingSaidToLookFor() {
        JsonNode json = cli.ok("search", "locks", "--json").json();
        assertEquals(1, json.size());
        assertFalse(json.get(0).has("moments"));
    }

    @Test
    void saidOptionLetsPlainWordsFindWhatWasSaid() {
        JsonNode plain = cli.ok("search", "lock", "--json").json();
        assertEquals(1, plain.size(), "only the talk called Locks");
        JsonNode said = cli.ok("search", "lock", "--said", "--json").json();
        assertEquals(3, said.size());
        assertEquals("Locks", said.get(0).get("title").asText(), "its own title ranks it first");
        assertFalse(said.get(0).has("moments"), "nothing said about locks in it");
        assertTrue(said.get(1).has("moments") && said.get(2).has("moments"));
    }

    @Test
    void theTableShowsTheBestMomentBeneathTheTalk() {
        String out = cli.ok("search", "said:released", "title:async").out();
        String[] lines = out.split("\\R");
        assertTrue(lines[0].contains("Async in practice"), out);
        assertEquals("        12:34 …global interpreter lock is released when you await questions from the audience", lines[1],
                "at most 30 characters before the match, so it shows early on a short line");
        assertEquals("1 talk", lines[2]);
    }

    @Test
    void aBadSaidQueryNamesItsColumn() {
        Cli.Result r = cli.run("search", "tag:python said:<gil");
        assertEquals(2, r.code());
        assertEquals("talkshelf: 'said:' does not compare with '<' at column 17", r.err().strip());
    }
}
