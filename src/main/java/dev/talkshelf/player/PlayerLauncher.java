package dev.talkshelf.player;

import dev.talkshelf.model.MediaLocation;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the right player for a talk or a playlist: checks the media, finds the player, and runs it as an
 * argument list (never through a shell). mpv is followed over IPC; the other players are only launched.
 */
public final class PlayerLauncher {

    private static final System.Logger LOG = System.getLogger(PlayerLauncher.class.getName());
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final PlayerSettings settings;
    private final Executables executables;
    private final Platform platform;
    private final Clock clock;
    private final boolean allowNetworkPaths;

    public PlayerLauncher(PlayerSettings settings, Executables executables, Platform platform, Clock clock) {
        this(settings, executables, platform, clock, false);
    }

    /** {@code allowNetworkPaths}: whether media on a network share may be played (a preference, off by default). */
    public PlayerLauncher(PlayerSettings settings, Executables executables, Platform platform, Clock clock,
                          boolean allowNetworkPaths) {
        this.settings = settings;
        this.executables = executables;
        this.platform = platform;
        this.clock = clock;
        this.allowNetworkPaths = allowNetworkPaths;
    }

    /** A launcher for this machine: PATH from the environment, mpv by default when installed. */
    public static PlayerLauncher forThisMachine() {
        Executables executables = Executables.fromEnvironment();
        return new PlayerLauncher(PlayerSettings.defaults(executables), executables, Platform.current(), Clock.systemUTC());
    }

    /**
     * Starts playing. Reports arrive on {@code listener} from another thread when the player is tracked
     * ({@link PlaybackHandle#tracked()}).
     *
     * @throws MediaRefusedException   for media that does not pass {@link MediaCheck}: neither an http(s) URL nor a
     *                                 local video or audio file (or on a network share, unless allowed)
     * @throws MediaMissingException   for a local file that does not exist
     * @throws PlayerNotFoundException when the chosen player is not installed
     * @throws PlayerStartException    when the player cannot be started or does not answer
     */
    public PlaybackHandle play(PlayRequest request, PlaybackListener listener) throws PlayerException {
        LaunchPlan plan = plan(request);
        PlayerKind kind = plan.choice().kind();
        if (kind == PlayerKind.MPV && platform != Platform.WINDOWS) {
            return MpvSession.start(plan.program(), plan.items(), request.start(), request.extraArgs(), listener,
                    clock, CONNECT_TIMEOUT);
        }
        List<String> command = command(plan, request);
        LOG.log(Level.DEBUG, () -> "Starting " + command);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            return new LaunchedPlayer(kind, process);
        } catch (IOException e) {
            throw new PlayerStartException("Could not start " + plan.choice().displayName() + ": " + e.getMessage(), e);
        }
    }

    /** Checks the media and finds the player, without starting anything. */
    public LaunchPlan plan(PlayRequest request) throws PlayerException {
        List<PlayItem> resolved = new ArrayList<>();
        List<MediaKind> kinds = new ArrayList<>();
        for (PlayItem item : request.items()) {
            MediaLocation location = check(item.media());
            kinds.add(MediaKind.of(location));
            resolved.add(new PlayItem(item.talk(), location.text()));
        }
        PlayerChoice choice = request.player() != null ? request.player() : settings.choiceFor(kinds.get(0));
        if (kinds.contains(MediaKind.WEB_PAGE)) {
            if (resolved.size() > 1) {
                String page = resolved.get(kinds.indexOf(MediaKind.WEB_PAGE)).media();
                throw new MediaRefusedException(page, MediaCheck.shown(page)
                        + " is a web page, which cannot be part of a playlist; open it on its own");
            }
            if (choice.kind() == PlayerKind.MPV || choice.kind() == PlayerKind.VLC) {
                choice = PlayerChoice.SYSTEM; // a video player would fail on a slide deck or a blog post
            }
        }
        if (resolved.size() > 1 && (choice.kind() == PlayerKind.SYSTEM || choice.kind() == PlayerKind.CUSTOM)) {
            throw new PlayerException("Playlists need mpv or vlc; " + choice.displayName() + " plays one talk at a time");
        }
        return new LaunchPlan(choice, findProgram(choice), resolved);
    }

    /** The command line for a player that is launched without tracking. */
    List<String> command(LaunchPlan plan, PlayRequest request) {
        List<PlayItem> items = plan.items();
        String first = items.get(0).media();
        Duration start = request.start();
        return switch (plan.choice().kind()) {
            case MPV -> {
                List<String> cmd = new ArrayList<>(List.of(plan.program().toString()));
                if (!start.isZero()) {
                    cmd.add("--start=" + Timecode.seconds(start));
                }
                cmd.addAll(request.extraArgs());
                items.forEach(i -> cmd.add(i.media()));
                yield cmd;
            }
            case VLC -> VlcCommand.build(plan.program(), items, start, request.extraArgs());
            case SYSTEM -> {
                if (!request.extraArgs().isEmpty()) {
                    LOG.log(Level.INFO, "The system handler takes no player arguments; ignoring {0}", request.extraArgs());
                }
                List<String> cmd = new ArrayList<>(platform.openCommand(first));
                cmd.set(0, plan.program().toString());
                yield cmd;
            }
            case CUSTOM -> {
                List<String> cmd = new ArrayList<>(plan.choice().template().render(first, start, request.extraArgs()));
                cmd.set(0, plan.program().toString());
                yield cmd;
            }
        };
    }

    private Path findProgram(PlayerChoice choice) throws PlayerNotFoundException {
        String name = switch (choice.kind()) {
            case MPV -> "mpv";
            case VLC -> "vlc";
            case SYSTEM -> platform.openCommand("").get(0);
            case CUSTOM -> choice.template().program();
        };
        Optional<Path> found = executables.find(name);
        if (found.isEmpty() && choice.kind() == PlayerKind.VLC && platform == Platform.MAC) {
            found = executables.find("/Applications/VLC.app/Contents/MacOS/VLC");
        }
        return found.orElseThrow(() -> new PlayerNotFoundException(name));
    }

    /** The media as {@link MediaCheck} lets it through, under this launcher's network-path setting. */
    public MediaLocation check(String media) throws MediaRefusedException, MediaMissingException {
        return MediaCheck.check(media, allowNetworkPaths);
    }
}
