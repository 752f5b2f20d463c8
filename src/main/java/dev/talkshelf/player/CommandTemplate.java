package dev.talkshelf.player;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's own player command as an argument list with {@value #MEDIA} and {@value #START} placeholders,
 * for example {@code ["myplayer", "--seek={start}", "{media}"]}. It is always run as an argument list, so
 * a title or URL with spaces, quotes or {@code ;} stays one argument and is never read by a shell.
 */
public record CommandTemplate(List<String> arguments) {

    public static final String MEDIA = "{media}";
    /** Replaced with the start position in seconds, {@code 0} when playing from the beginning. */
    public static final String START = "{start}";

    public CommandTemplate {
        arguments = List.copyOf(arguments);
        if (arguments.isEmpty() || arguments.get(0).isBlank()) {
            throw new IllegalArgumentException("A player command needs at least a program name");
        }
    }

    /** Splits a template such as {@code myplayer --seek={start} "{media}"} with the quote-aware splitter. */
    public static CommandTemplate parse(String text) {
        return new CommandTemplate(ArgumentSplitter.split(text));
    }

    /** The program, as the user wrote it: a name to look up on PATH or a path. */
    public String program() {
        return arguments.get(0);
    }

    /**
     * The command to run: placeholders replaced (also inside a larger argument such as {@code --start={start}}),
     * {@code extraArgs} appended; the media is appended last when the template has no {@value #MEDIA}.
     */
    public List<String> render(String media, Duration start, List<String> extraArgs) {
        String seconds = Timecode.seconds(start == null ? Duration.ZERO : start);
        List<String> command = new ArrayList<>();
        boolean mediaPlaced = false;
        for (String arg : arguments) {
            if (arg.contains(MEDIA)) {
                mediaPlaced = true;
            }
            // Replace START first so a media string that happens to contain "{start}" stays as it is.
            command.add(arg.replace(START, seconds).replace(MEDIA, media));
        }
        command.addAll(extraArgs);
        if (!mediaPlaced) {
            command.add(media);
        }
        return command;
    }
}
