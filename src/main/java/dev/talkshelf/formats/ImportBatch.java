package dev.talkshelf.formats;

import dev.talkshelf.model.Note;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchSession;
import java.util.List;

/**
 * What a reader made of its input, before anything touches the library: talks in input order, their notes
 * and watch history (native format only), and playlists that refer to talks by index in {@link #talks()}.
 */
public record ImportBatch(List<ImportedTalk> talks, List<PlaylistDraft> playlists) {

    public ImportBatch {
        talks = List.copyOf(talks);
        playlists = List.copyOf(playlists);
    }

    public static ImportBatch ofTalks(List<Talk> talks) {
        return new ImportBatch(talks.stream().map(ImportedTalk::of).toList(), List.of());
    }

    /**
     * One talk as read. {@code transcript} is a subtitle file found beside its video (null if none). {@code sourceKey} identifies the video at its source (a YouTube ID, a canonical URL)
     * for duplicate detection; null when the source has none. {@code topicsGiven} says whether the source
     * itself named topics (if not, the importer suggests some).
     */
    public record ImportedTalk(Talk talk, String sourceKey, boolean topicsGiven, List<Note> notes, List<WatchSession> history,
                               TranscriptFile transcript) {
        public ImportedTalk {
            notes = List.copyOf(notes == null ? List.of() : notes);
            history = List.copyOf(history == null ? List.of() : history);
        }

        public ImportedTalk(Talk talk, String sourceKey, boolean topicsGiven, List<Note> notes, List<WatchSession> history) {
            this(talk, sourceKey, topicsGiven, notes, history, null);
        }

        /** The same talk with the subtitles found beside its file (null: none). */
        public ImportedTalk withTranscript(TranscriptFile file) {
            return new ImportedTalk(talk, sourceKey, topicsGiven, notes, history, file);
        }

        public static ImportedTalk of(Talk talk) {
            return new ImportedTalk(talk, null, !talk.tags().isEmpty(), List.of(), List.of());
        }
    }

    /** A playlist to create; {@code talkIndexes} point into the batch's talks, in playlist order. */
    public record PlaylistDraft(String name, String query, List<Integer> talkIndexes) {
        public PlaylistDraft {
            name = PlainText.oneLine(name);
            talkIndexes = List.copyOf(talkIndexes == null ? List.of() : talkIndexes);
        }
    }
}
