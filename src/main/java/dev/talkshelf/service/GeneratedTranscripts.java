package dev.talkshelf.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up but real-shaped transcripts for measuring (issue #16): the PyVideo sample's description sentences
 * (talk-vocabulary.json) recombined and spoken at the pace of captions, about {@value #CUES_PER_HOUR} cues an hour
 * of 5 to 11 words (8 on average), as YouTube's de-duplicated automatic captions come out. One talk in
 * {@value #RARE_EVERY} says "metaclasses", a word no sample sentence has, so a rare word exists at every size.
 */
public final class GeneratedTranscripts {
    public static final int CUES_PER_HOUR = 900;
    public static final int RARE_EVERY = 100;
    /** A talk of unknown length is taken as this long. */
    static final Duration UNKNOWN_LENGTH = Duration.ofMinutes(30);

    private final List<String[]> sentences;

    public GeneratedTranscripts() {
        this.sentences = load();
    }

    /** The transcript of a talk of {@code length} (null: unknown), the {@code index}-th generated, from {@code random}. */
    public Transcript transcript(Duration length, int index, Random random) {
        long ms = (length == null ? UNKNOWN_LENGTH : length).toMillis();
        int count = (int) Math.max(1, Math.min(Transcript.MAX_CUES, ms * CUES_PER_HOUR / 3_600_000));
        long step = ms / count;
        List<Cue> cues = new ArrayList<>(count);
        String[] sentence = sentences.get(random.nextInt(sentences.size()));
        int word = 0;
        for (int i = 0; i < count; i++) {
            int words = 5 + random.nextInt(7);
            StringBuilder text = new StringBuilder();
            if (index % RARE_EVERY == 3 && i == count / 2) {
                text.append("metaclasses ");
            }
            for (int w = 0; w < words; w++) {
                if (word == sentence.length) {
                    sentence = sentences.get(random.nextInt(sentences.size()));
                    word = 0;
                }
                text.append(sentence[word++]).append(' ');
            }
            long start = i * step;
            cues.add(new Cue(Duration.ofMillis(start), Duration.ofMillis(start + step - 10), text.toString().strip()));
        }
        return new Transcript("en", cues);
    }

    /** The sample's sentences as words, lower case and without punctuation but apostrophes, as automatic captions read. */
    private static List<String[]> load() {
        try (InputStream in = GeneratedTalks.class.getResourceAsStream("talk-vocabulary.json")) {
            JsonNode v = new ObjectMapper().readTree(in);
            List<String[]> out = new ArrayList<>();
            v.path("sentences").forEach(s -> {
                String[] words = s.asText().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'+#]+", " ").strip()
                        .split(" ");
                if (words.length > 0 && !words[0].isEmpty()) {
                    out.add(words);
                }
            });
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the generator's word list cannot be read", e);
        }
    }
}
