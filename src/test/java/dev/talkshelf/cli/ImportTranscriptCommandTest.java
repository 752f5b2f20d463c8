package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.TranscriptStore;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkTranscript;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE.vtt --talk ID} on a real library file. */
class ImportTranscriptCommandTest {
    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void library() {
        cli = new Cli(dir);
        cli.importTalks(dir, Cli.talk("The GIL, detached", 40), Cli.talk("Async in practice", 30));
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportTranscriptCommandTest.class.getResource("/formats/transcripts/" + name).toURI()).toString();
    }

    private Optional<TalkTranscript> stored(long talk) {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            return new TranscriptStore(db, Clock.systemUTC()).get(TalkId.of(talk));
        }
    }

    @Test
    void aYoutubeCaptionFileBecomesTheTalksTranscript() throws Exception {
        Cli.Result r = cli.ok("import", fixture("gil-talk.en.vtt"), "--talk", "1");

        assertEquals("attached 5 cues (en) to talk 1", r.out().strip());
        TalkTranscript transcript = stored(1).orElseThrow();
        assertEquals("gil-talk.en.vtt", transcript.source());
        assertEquals(Duration.ofMillis(2_360), transcript.transcript().cues().get(1).start());
        assertEquals("the global interpreter lock", transcript.transcript().cues().get(1).text());
        assertTrue(stored(2).isEmpty());
    }

    @Test
    void attachingAgainReplacesAndSaysSoInJson() throws Exception {
        cli.ok("import", fixture("gil-talk.en.vtt"), "--talk", "2");

        JsonNode json = cli.ok("import", fixture("async-talk.srt"), "--talk", "2", "--json").json();

        assertEquals(2, json.get("talk").asInt());
        assertEquals(3, json.get("cues").asInt());
        assertTrue(json.get("replaced").asBoolean());
        assertEquals("async-talk.srt", stored(2).orElseThrow().source());
    }

    @Test
    void aBadFileNamesItsLineAndChangesNothing() throws Exception {
        cli.ok("import", fixture("async-talk.srt"), "--talk", "1");
        Path bad = Files.writeString(dir.resolve("broken.vtt"), "WEBVTT\n\n00:01.000 --> 00:02.000\nok\n\n00:03.000 --> soon\nbad\n");

        Cli.Result r = cli.run("import", bad.toString(), "--talk", "1");

        Cli.assertBadInput(r, "broken.vtt line 6 column 14: \"soon\" is not a WebVTT time");
        assertEquals("async-talk.srt", stored(1).orElseThrow().source());
    }

    @Test
    void aSubtitleFileWithoutATalkSaysHowToAttachIt() throws Exception {
        Cli.assertBadInput(cli.run("import", fixture("keynote.vtt")), "say which talk it belongs to with --talk ID");
    }

    @Test
    void anUnknownTalkIsBadInput() throws Exception {
        Cli.Result r = cli.run("import", fixture("keynote.vtt"), "--talk", "99");

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("99"), r.err());
    }
}
