package dev.talkshelf.player;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The VLC command line. VLC is launched, not followed: see docs/player.md for why its HTTP interface is not
 * used for tracking yet.
 */
final class VlcCommand {

    private VlcCommand() {
    }

    static List<String> build(Path vlc, List<PlayItem> items, Duration start, List<String> extraArgs) {
        List<String> command = new ArrayList<>();
        command.add(vlc.toString());
        command.add("--play-and-exit"); // like mpv: the player goes away when the talk or playlist is over
        command.addAll(extraArgs);
        boolean resume = start != null && !start.isZero();
        if (resume && items.size() == 1) {
            command.add("--start-time=" + Timecode.seconds(start));
            resume = false;
        }
        for (int i = 0; i < items.size(); i++) {
            command.add(items.get(i).media());
            if (i == 0 && resume) {
                // An option after an item, with a colon, belongs to that item only; --start-time would apply to all.
                command.add(":start-time=" + Timecode.seconds(start));
            }
        }
        return command;
    }
}
