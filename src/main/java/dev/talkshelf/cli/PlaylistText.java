package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.formats.TalkJson;
import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.PlaylistView;
import java.time.Duration;

/** How playlists read on a terminal and in the CLI's JSON. */
final class PlaylistText {
    private PlaylistText() {
    }

    static String line(PlaylistSummary s) {
        String name = s.playlist().name() + (s.playlist().isSmart() ? "  (smart: " + s.playlist().query() + ")" : "");
        return s.isBroken() ? name + "  (broken: " + s.problem() + ")" : name + "  " + progress(s.progress());
    }

    static String progress(PlaylistProgress p) {
        String watched = p.watched() + "/" + p.total() + " watched";
        if (p.remainingSeconds() > 0) {
            return watched + ", " + DurationText.clock(Duration.ofSeconds(p.remainingSeconds())) + " left";
        }
        // Nothing known to be left while talks are unwatched means their lengths are unknown, not zero.
        return p.watched() < p.total() ? watched + ", length of the rest unknown" : watched;
    }

    static String talks(int n) {
        return n == 1 ? "1 talk" : n + " talks";
    }

    /** {@code {"name","query","watched","total","remaining_seconds"}}, and {@code "broken"} with the reason for a broken one. */
    static ObjectNode summary(ObjectMapper mapper, PlaylistSummary s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", s.playlist().name());
        o.put("query", s.playlist().query());
        if (s.isBroken()) {
            o.put("broken", s.problem());
        }
        o.put("watched", s.watched());
        o.put("total", s.total());
        o.put("remaining_seconds", s.remainingSeconds());
        return o;
    }

    /** {@code {"name","query","talks":[...],"progress":{"watched","total","remaining_seconds"}}}. */
    static ObjectNode view(ObjectMapper mapper, TalkJson talks, PlaylistView v) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", v.playlist().name());
        o.put("query", v.playlist().query());
        ArrayNode array = o.putArray("talks");
        v.talks().forEach(t -> array.add(talks.summary(t)));
        ObjectNode p = o.putObject("progress");
        p.put("watched", v.progress().watched());
        p.put("total", v.progress().total());
        p.put("remaining_seconds", v.progress().remainingSeconds());
        return o;
    }
}
