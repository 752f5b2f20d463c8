package dev.talkshelf.ui.shared;

import dev.talkshelf.model.TalkId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.DataFormat;

/** Talks dragged inside the window (table to a playlist, within a playlist): their ids on the dragboard. */
public final class TalkDrag {
    public static final DataFormat TALK_IDS = new DataFormat("application/x-talkshelf-talk-ids");

    private TalkDrag() {
    }

    public static String encode(List<TalkId> ids) {
        return String.join(",", ids.stream().map(id -> Long.toString(id.value())).toList());
    }

    /** The ids in a dragboard's text; anything that is not a list of ids gives an empty list. */
    public static List<TalkId> decode(Object content) {
        if (!(content instanceof String text) || text.isBlank()) {
            return List.of();
        }
        List<TalkId> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                ids.add(new TalkId(Long.parseLong(part.strip())));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return ids;
    }
}
