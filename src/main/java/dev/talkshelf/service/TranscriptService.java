package dev.talkshelf.service;

import dev.talkshelf.catalog.TranscriptStore;
import dev.talkshelf.formats.TranscriptFiles;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkTranscript;
import dev.talkshelf.model.Transcript;
import java.nio.file.Path;
import java.util.Optional;

/** What was said in talks: attaching subtitle files to talks, and reading them back. */
public final class TranscriptService {
    private final TranscriptStore store;
    private final EditHistory edits;

    public TranscriptService(TranscriptStore store, EditHistory edits) {
        this.store = store;
        this.edits = edits;
    }

    /** What an attach did: the cues now on the talk, and whether they replaced a transcript it had. */
    public record Attached(TalkId talk, String language, int cues, boolean replaced) {
        public String describe() {
            return "attached " + cues + (cues == 1 ? " cue" : " cues")
                    + (language.isEmpty() ? "" : " (" + language + ")") + " to talk " + talk.value()
                    + (replaced ? ", replacing its transcript" : "");
        }
    }

    /**
     * Reads a .vtt or .srt file and attaches it to the talk, in place of any transcript it had; undoable. A bad
     * file changes nothing and says where it is bad.
     */
    public Attached attach(TalkId talk, Path file) {
        Transcript transcript = FileReading.failuresToUser(file, () -> TranscriptFiles.read(file));
        if (transcript.cues().isEmpty()) {
            throw new UserInputException(file + ": no captions in the file");
        }
        return attach(talk, transcript, file.getFileName().toString());
    }

    /** Attaches a transcript already read (or made, as the generator does) to the talk, as {@link #attach(TalkId, Path)}. */
    public Attached attach(TalkId talk, Transcript transcript, String source) {
        Optional<TalkTranscript> before = store.put(talk, transcript, source);
        edits.record(new SimpleEdit("attach transcript " + source, () -> {
            // Only while the talk still has what was attached here: a later, different attach is not undone by this.
            Optional<TalkTranscript> now = store.get(talk);
            if (now.isPresent() && now.get().source().equals(source) && now.get().transcript().equals(transcript)) {
                before.ifPresentOrElse(store::put, () -> store.remove(talk));
            }
        }));
        return new Attached(talk, transcript.language(), transcript.cues().size(), before.isPresent());
    }

    public Optional<TalkTranscript> of(TalkId talk) {
        return store.get(talk);
    }
}
