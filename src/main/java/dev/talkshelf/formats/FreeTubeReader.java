package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a FreeTube playlist export ({@code playlists.db}: one playlist object per line). Every playlist becomes
 * a draft; a video saved in several playlists becomes one talk. The video's author is its channel, not a speaker.
 */
public final class FreeTubeReader implements TalkReader {

    @Override
    public String formatName() {
        return "freetube";
    }

    @Override
    public ImportBatch read(Path source, ImportContext context) throws FormatException, IOException {
        TitleParser titles = new TitleParser(context.knownSpeaker());
        List<ImportedTalk> talks = new ArrayList<>();
        Map<String, Integer> indexById = new HashMap<>();
        List<PlaylistDraft> playlists = new ArrayList<>();
        for (JsonFiles.Located value : JsonFiles.readAll(source)) {
            JsonNode playlist = value.node();
            String name = playlist.isObject() ? JsonValues.line(playlist, "playlistName") : null;
            if (name == null || !playlist.path("videos").isArray()) {
                throw new FormatException(source, value.line(),
                        "not a FreeTube playlist (expected 'playlistName' and 'videos'); export playlists from FreeTube's settings");
            }
            List<Integer> indexes = new ArrayList<>();
            for (JsonNode video : playlist.path("videos")) {
                String id = video.isObject() ? JsonValues.line(video, "videoId") : null;
                String title = video.isObject() ? JsonValues.line(video, "title") : null;
                if (id == null || title == null) {
                    throw new FormatException(source, value.line(),
                            "a video in playlist '" + name + "' has no 'videoId' or 'title'");
                }
                Integer index = indexById.get(id);
                if (index == null) {
                    index = talks.size();
                    indexById.put(id, index);
                    talks.add(talk(id, title, video, titles));
                }
                indexes.add(index);
            }
            playlists.add(new PlaylistDraft(name, null, indexes));
            context.progress().advanced(talks.size(), -1);
        }
        return new ImportBatch(talks, playlists);
    }

    private static ImportedTalk talk(String id, String rawTitle, JsonNode video, TitleParser titles) {
        ParsedTitle parsed = titles.parse(rawTitle).orTitle(rawTitle);
        // A bogus length or date in an export is dropped: the talk is still worth having.
        Talk talk = parsed.toTalk()
                .withDuration(JsonValues.seconds(video, "lengthSeconds"))
                .withMedia("https://www.youtube.com/watch?v=" + id)
                .withAdded(JsonValues.epochMillis(video, "timeAdded"));
        return new ImportedTalk(talk, SourceKeys.youtube(id), false, List.of(), List.of());
    }
}
