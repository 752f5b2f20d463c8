package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Caption files written from cues read back as the same cues; damaged ones give a FormatException, nothing else. */
class TranscriptPropertiesTest {
    private static final List<String> WORDS = List.of("the", "global", "interpreter", "lock", "Łukasz", "<3", "R&D",
            "\"quoted\"", "naïve", "🐍", "a<b", "x>y", "50%", "it's", "async", "await", "-->");

    @Provide
    Arbitrary<List<Cue>> cues() {
        Arbitrary<String> line = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(12).map(w -> String.join(" ", w));
        return Arbitraries.integers().between(0, 9_000).list().ofMinSize(1).ofMaxSize(40)
                .flatMap(gaps -> line.list().ofSize(gaps.size()).map(texts -> timed(gaps, texts)));
    }

    private static List<Cue> timed(List<Integer> gaps, List<String> texts) {
        List<Cue> cues = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < gaps.size(); i++) {
            // Gaps of at least 300 ms, so no cue follows on from a cue with the same last line.
            long start = at + 300 + gaps.get(i);
            long end = start + 500 + gaps.get(i) % 4_000;
            cues.add(new Cue(Duration.ofMillis(start), Duration.ofMillis(end), texts.get(i)));
            at = end;
        }
        return cues;
    }

    @Property(tries = 300)
    void webVttWrittenFromCuesReadsBackTheSameCues(@ForAll("cues") List<Cue> cues) throws Exception {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            vtt.append(CaptionTime.show(cue.start())).append(" --> ").append(CaptionTime.show(cue.end()))
                    .append(" align:start\n").append(escaped(cue.text())).append("\n\n");
        }
        assertEquals(cues, read("talk.en.vtt", vtt.toString()).cues());
    }

    @Property(tries = 300)
    void srtWrittenFromCuesReadsBackTheSameCues(@ForAll("cues") List<Cue> cues) throws Exception {
        StringBuilder srt = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            srt.append(i + 1).append("\r\n").append(CaptionTime.show(cue.start()).replace('.', ','))
                    .append(" --> ").append(CaptionTime.show(cue.end()).replace('.', ',')).append("\r\n")
                    .append(escaped(cue.text())).append("\r\n\r\n");
        }
        assertEquals(cues, read("talk.srt", srt.toString()).cues());
    }

    @Property(tries = 500)
    void damagedFilesGiveCuesOrAFormatException(@ForAll @IntRange(min = 0, max = 2) int which,
                                                @ForAll("seeds") long seed) throws Exception {
        String[] fixtures = {"gil-talk.en.vtt", "keynote.vtt", "async-talk.srt"};
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/formats/transcripts/" + fixtures[which])) {
            bytes = in.readAllBytes();
        }
        Random random = new Random(seed);
        for (int cuts = 1 + random.nextInt(6); cuts > 0; cuts--) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = (byte) "\n:->.,<&;0 ".charAt(random.nextInt(11));
                default -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
            }
        }
        Path dir = Files.createTempDirectory("fuzz");
        Path file = Files.write(dir.resolve(fixtures[which]), bytes);
        try {
            Transcript transcript = TranscriptFiles.read(file);
            for (Cue cue : transcript.cues()) {
                assertTrue(!cue.text().isBlank() && cue.end().compareTo(cue.start()) >= 0);
            }
        } catch (FormatException refused) {
            assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Transcript read(String name, String text) throws IOException, FormatException {
        Path dir = Files.createTempDirectory("captions");
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        try {
            return TranscriptFiles.read(file);
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }
}
