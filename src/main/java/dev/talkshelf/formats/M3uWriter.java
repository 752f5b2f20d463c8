package dev.talkshelf.formats;

import dev.talkshelf.model.Talk;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes an M3U8 playlist players open directly; talks with nothing to play are left out. */
public final class M3uWriter {

    public void write(List<Talk> talks, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(talks, writer);
        writer.flush();
    }

    public void write(List<Talk> talks, Writer out) throws IOException {
        out.write("#EXTM3U\n");
        for (Talk talk : talks) {
            if (talk.media() == null || talk.media().isBlank()) {
                continue;
            }
            long seconds = talk.duration() == null ? -1 : talk.duration().toSeconds();
            out.write("#EXTINF:" + seconds + "," + oneLine(label(talk)) + "\n");
            out.write(oneLine(talk.media()) + "\n");
        }
        out.flush();
    }

    /** "Speakers - Title", the artist-first order players show; {@link M3uReader} reads it back. */
    private static String label(Talk talk) {
        return talk.speakers().isEmpty() ? talk.title() : String.join(", ", talk.speakers()) + " - " + talk.title();
    }

    // A line break would end the directive and turn the rest of the title into a bogus entry.
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
