package dev.talkshelf.player;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        String shell = shellRunningMedia(arguments);
        if (shell != null) {
            throw new IllegalArgumentException("the command hands " + MEDIA + " to a shell (" + shell + "), which would run"
                    + " a title or file name as commands; name the player itself, e.g. myplayer " + MEDIA);
        }
    }

    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "zsh", "dash", "ksh",
            "mksh", "ash", "fish", "csh", "tcsh", "busybox");
    private static final Set<String> WINDOWS_SHELLS = Set.of("cmd", "powershell", "pwsh");

    /**
     * The shell and its flag (e.g. "sh -c") when {@code {media}} would be read as shell code: inside the script of
     * {@code sh -c SCRIPT}, or anywhere after {@code cmd /c} or {@code powershell -Command}, which join the rest
     * of the line into one command. {@code sh -c 'player "$1"' sh {media}} is safe and allowed: there the media
     * is a parameter, not code. Null when no shell runs the media.
     */
    static String shellRunningMedia(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String name = programName(arguments.get(i));
            boolean posix = POSIX_SHELLS.contains(name);
            if (!posix && !WINDOWS_SHELLS.contains(name)) {
                continue;
            }
            for (int j = i + 1; j < arguments.size(); j++) {
                String flag = arguments.get(j).toLowerCase(Locale.ROOT);
                boolean runsCode = posix ? flag.matches("-[a-z]*c[a-z]*")
                        : flag.matches("[/-](c|k|command|encodedcommand|ec)");
                if (!runsCode) {
                    continue;
                }
                int last = posix ? Math.min(j + 1, arguments.size() - 1) : arguments.size() - 1;
                // Without {media}, the media is appended last: code for cmd, and for sh when nothing follows -c.
                boolean appendedAsCode = !posix || j == arguments.size() - 1;
                boolean mediaInCode = appendedAsCode && arguments.stream().noneMatch(a -> a.contains(MEDIA));
                for (int k = j + 1; k <= last; k++) {
                    mediaInCode |= arguments.get(k).contains(MEDIA);
                }
                if (mediaInCode) {
                    return name + " " + arguments.get(j);
                }
            }
        }
        return null;
    }

    /** "bash" for "/usr/bin/bash", "cmd" for "C:\\Windows\\cmd.exe". */
    private static String programName(String argument) {
        String s = argument.strip();
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = s.substring(slash + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
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
