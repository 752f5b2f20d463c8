package dev.talkshelf.formats;

import dev.talkshelf.model.Transcript;
import java.util.Objects;

/** A transcript read from a subtitle file found beside a talk's video or yt-dlp file, with the file's name. */
public record TranscriptFile(String name, Transcript transcript) {
    public TranscriptFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transcript, "transcript");
    }
}
