package dev.talkshelf.formats;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.Transcript;
import dev.talkshelf.model.WatchStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes study notes as Markdown: per talk its title, speakers, event, length and where the user is, then the
 * user's notes, those pinned to a time first, each time a link that opens the talk there (YouTube's {@code &t=754s},
 * a media fragment {@code #t=754} for other web videos, the file for a local one) and, when the talk has a
 * transcript, what was said at that moment quoted beneath.
 */
public final class StudyNotesWriter {
    /** One talk with what the notes need of it. */
    public record Entry(Talk talk, List<Note> notes, Optional<Transcript> transcript) {
    }

    public void write(String title, List<Entry> entries, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(title, entries, writer);
        writer.flush();
    }

    void write(String title, List<Entry> entries, Writer out) throws IOException {
        long watched = entries.stream().filter(e -> e.talk().status() == WatchStatus.WATCHED).count();
        out.write("# " + MarkdownText.inline(title) + "\n\n");
        out.write("_" + entries.size() + (entries.size() == 1 ? " talk" : " talks") + ", " + watched + " watched._\n");
        int number = 0;
        for (Entry entry : entries) {
            number++;
            out.write("\n");
            writeTalk(number, entry, out);
        }
    }

    private static void writeTalk(int number, Entry entry, Writer out) throws IOException {
        Talk talk = entry.talk();
        out.write("## " + number + ". " + MarkdownText.inline(talk.title()) + "\n\n");
        List<String> facts = new ArrayList<>();
        if (!talk.speakers().isEmpty()) {
            facts.add(MarkdownText.inline(String.join(", ", talk.speakers())));
        }
        if (talk.event() != null && !talk.event().isBlank()) {
            facts.add(MarkdownText.inline(talk.event()) + (talk.year() == null || talk.event().contains(String.valueOf(talk.year()))
                    ? "" : " " + talk.year()));
        } else if (talk.year() != null) {
            facts.add(String.valueOf(talk.year()));
        }
        if (talk.duration() != null) {
            facts.add(DurationText.clock(talk.duration()));
        }
        facts.add(status(talk));
        out.write(String.join(" · ", facts) + "\n");
        String media = talk.media() == null ? "" : talk.media().strip();
        if (!media.isEmpty()) {
            out.write("\n" + (isWeb(media) ? "[Watch](" + MarkdownText.destination(media) + ")"
                    : "File: `" + MarkdownText.code(media) + "`") + "\n");
        }
        List<Note> notes = new ArrayList<>(entry.notes());
        notes.sort(Comparator.comparing((Note n) -> n.at() == null ? 1 : 0)
                .thenComparing(n -> n.at() == null ? Duration.ZERO : n.at()));
        if (!notes.isEmpty()) {
            out.write("\n");
        }
        for (Note note : notes) {
            if (note.at() == null) {
                out.write("- " + MarkdownText.inline(note.text()) + "\n");
                continue;
            }
            String at = DurationText.clock(note.at());
            Optional<String> link = timeLink(media, note.at());
            out.write("- " + (link.isPresent() ? "[" + at + "](" + link.get() + ")" : "**" + at + "**")
                    + " " + MarkdownText.inline(note.text()) + "\n");
            Optional<Cue> said = entry.transcript().flatMap(t -> cueAt(t, note.at()));
            if (said.isPresent()) {
                out.write("  > " + MarkdownText.inline(said.get().text()) + "\n");
            }
        }
    }

    private static String status(Talk talk) {
        return switch (talk.status()) {
            case WATCHED -> "watched";
            case SKIPPED -> "skipped";
            case IN_PROGRESS -> talk.watch().position() == null ? "in progress"
                    : "stopped at " + DurationText.clock(talk.watch().position());
            case UNWATCHED -> "not watched yet";
        };
    }

    private static boolean isWeb(String media) {
        String lower = media.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** A link that opens the talk at {@code at}: YouTube's t parameter, a media fragment, or the local file. */
    static Optional<String> timeLink(String media, Duration at) {
        if (media.isEmpty()) {
            return Optional.empty();
        }
        long seconds = at.toSeconds();
        Optional<String> youtube = SourceKeys.youtubeId(media);
        if (youtube.isPresent()) {
            return Optional.of("https://www.youtube.com/watch?v=" + youtube.get() + "&t=" + seconds + "s");
        }
        if (isWeb(media)) {
            return Optional.of(MarkdownText.destination(media.replaceFirst("#.*$", "") + "#t=" + seconds));
        }
        MediaLocation location = MediaLocation.parse(media).orElse(null);
        if (location instanceof MediaLocation.LocalFile file) {
            URI uri = Path.of(file.path().toString()).toAbsolutePath().toUri();
            return Optional.of(MarkdownText.destination(uri.toString()));
        }
        return Optional.empty();
    }

    /** The cue being said at {@code at}: the last one starting at or before it. */
    private static Optional<Cue> cueAt(Transcript transcript, Duration at) {
        Cue found = null;
        for (Cue cue : transcript.cues()) {
            if (cue.start().compareTo(at) > 0) {
                break;
            }
            found = cue;
        }
        return Optional.ofNullable(found).filter(c -> c.end().plusSeconds(5).compareTo(at) >= 0);
    }
}
