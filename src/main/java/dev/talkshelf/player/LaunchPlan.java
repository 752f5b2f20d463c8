package dev.talkshelf.player;

import java.nio.file.Path;
import java.util.List;

/**
 * A checked, resolved play request: the player program found on this machine and the media made safe to pass
 * (local files absolute, so none can start with {@code -} and pass for an option).
 *
 * @param program the player executable (for the system handler: xdg-open, open or rundll32)
 * @param items   the items with their media rewritten as they will be passed
 */
public record LaunchPlan(PlayerChoice choice, Path program, List<PlayItem> items) {
    public LaunchPlan {
        items = List.copyOf(items);
    }
}
