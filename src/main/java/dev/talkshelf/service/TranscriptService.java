package dev.talkshelf.service;

import dev.talkshelf.catalog.TranscriptStore;
import dev.talkshelf.formats.FormatException;
import dev.talkshelf.formats.TranscriptFiles;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkTranscript;
import dev.talkshelf.model.Transcript;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
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
        Transcript transcript;
        try {
            transcript = TranscriptFiles.read(file);
        } catch (FormatException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (transcript.cues().isEmpty()) {
            throw new UserInputException(file + ": no captions in the file");
        }
        String source = file.getFileName().toString();
        Optional<TalkTranscript> before = store.put(talk, transcript, source);
        TalkTranscript attached = store.get(talk).orElseThrow();
        edits.record(new SimpleEdit("attach transcript " + source, () -> {
            // Only while the transcript is still the one attached here: a later attach is not undone by this.
            Optional<TalkTranscript> now = store.get(talk);
            if (now.isPresent() && now.get().equals(attached)) {
                before.ifPresentOrElse(store::put, () -> store.remove(talk));
            }
        }));
        return new Attached(talk, transcript.language(), transcript.cues().size(), before.isPresent());
    }

    public Optional<TalkTranscript> of(TalkId talk) {
        return store.get(talk);
    }
}
