package dev.talkshelf.service;

import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.Transcript;
import java.time.Duration;
import java.util.Random;

/**
 * Gives a share of a library's talks {@link GeneratedTranscripts}, each stored as an attach stores a subtitle file
 * ({@link TranscriptService#attach(dev.talkshelf.model.TalkId, Transcript, String)}: the packed cues and the cue index),
 * oldest talk first, so the same library and seed give the same transcripts.
 */
public final class TranscriptGenerator {
    private static final int PAGE = 2_000;

    private final SearchService search;
    private final TranscriptService transcripts;

    public TranscriptGenerator(SearchService search, TranscriptService transcripts) {
        this.search = search;
        this.transcripts = transcripts;
    }

    /** What was generated: transcripts, their cues and characters of cue text, and how long storing took. */
    public record Generated(int transcripts, long cues, long characters, Duration took) {
    }

    /**
     * Attaches a transcript to about {@code percent} % of the talks (1 to 100).
     *
     * @throws UserInputException when the share is out of range
     */
    public Generated generate(long seed, int percent, ImportContext.Progress progress) {
        if (percent < 1 || percent > 100) {
            throw new UserInputException("--transcripts must be a share between 1 and 100 (percent of the talks)");
        }
        long start = System.nanoTime();
        GeneratedTranscripts source = new GeneratedTranscripts();
        Random random = new Random(seed * 31 + 16);
        int made = 0;
        long cues = 0;
        long characters = 0;
        long total = search.summary("").talks();
        long seen = 0;
        for (int offset = 0; ; offset += PAGE) {
            SearchPage page = search.search("", SortKey.ADDED, true, offset, PAGE);
            for (Talk talk : page.talks()) {
                seen++;
                if (random.nextInt(100) >= percent) {
                    continue;
                }
                Transcript t = source.transcript(talk.duration(), made, random);
                transcripts.attach(talk.id(), t, "generated.en.vtt");
                made++;
                cues += t.cues().size();
                characters += t.textLength();
            }
            progress.advanced(seen, total);
            if (page.talks().size() < PAGE) {
                break;
            }
        }
        return new Generated(made, cues, characters, Duration.ofNanos(System.nanoTime() - start));
    }
}
