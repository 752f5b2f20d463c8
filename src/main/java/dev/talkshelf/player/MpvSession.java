package dev.talkshelf.player;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.model.TalkId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One running mpv, watched over its JSON IPC socket. mpv is started paused, so no event is missed while the
 * socket connects, and unpaused once the properties are observed. A reader thread turns the events into
 * progress calls and one {@link PlaybackReport} per played playlist item; when mpv goes away in any manner
 * (end of playlist, quit, crash) the item in hand is reported with its last known position.
 */
public final class MpvSession implements PlaybackHandle {

    /** An item that stopped this close to its end counts as played to the end (covers the last frame's gap). */
    public static final Duration END_TOLERANCE = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(MpvSession.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Duration STOP_GRACE = Duration.ofSeconds(3);
    // playlist-pos first, so the item exists when the current values of the others arrive.
    private static final List<String> OBSERVED = List.of("playlist-pos", "duration", "pause", "time-pos");

    private final Process process;
    private final SocketChannel channel;
    private final PrivateDirectory directory;
    private final List<PlayItem> items;
    private final PlaybackListener listener;
    private final Clock clock;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    // Reader-thread state; nothing else touches it.
    private Item current;
    private int playlistPos = -1;
    private Duration knownDuration;
    private boolean paused;
    private long lastProgressNanos = System.nanoTime() - PROGRESS_INTERVAL_NANOS;

    private MpvSession(Process process, SocketChannel channel, PrivateDirectory directory, List<PlayItem> items,
                       PlaybackListener listener, Clock clock) {
        this.process = process;
        this.channel = channel;
        this.directory = directory;
        this.items = items;
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Starts mpv on {@code items} (media already checked and made absolute) and connects to it.
     *
     * @param start where the first item starts; zero for the beginning
     * @throws PlayerStartException when mpv exits or stays silent before its socket can be reached
     */
    public static MpvSession start(Path mpv, List<PlayItem> items, Duration start, List<String> extraArgs,
                                   PlaybackListener listener, Clock clock, Duration connectTimeout)
            throws PlayerStartException {
        if (extraArgs.stream().anyMatch(a -> a.startsWith("--input-ipc-server"))) {
            throw new PlayerStartException("TalkShelf sets --input-ipc-server itself to follow playback; "
                    + "leave it out of the player arguments");
        }
        PrivateDirectory dir;
        try {
            dir = PrivateDirectory.create("talkshelf-mpv-");
        } catch (IOException e) {
            throw new PlayerStartException("Could not create a private folder for talking to mpv: " + e.getMessage(), e);
        }
        Path socket = dir.path().resolve("ipc.sock");
        Path log = dir.path().resolve("mpv.log");
        List<String> command = command(mpv, socket, items, start, extraArgs);
        LOG.log(Level.DEBUG, () -> "Starting " + command);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close(); // mpv's own terminal input is not ours to feed
        } catch (IOException e) {
            dir.delete();
            throw new PlayerStartException("Could not start mpv (" + mpv + "): " + e.getMessage(), e);
        }
        SocketChannel channel = connect(process, socket, log, connectTimeout, dir);
        MpvSession session = new MpvSession(process, channel, dir, List.copyOf(items), listener, clock);
        try {
            for (int i = 0; i < OBSERVED.size(); i++) {
                session.send(JSON.createArrayNode().add("observe_property").add(i + 1).add(OBSERVED.get(i)));
            }
            if (!extraArgs.contains("--pause")) {
                session.send(JSON.createArrayNode().add("set_property").add("pause").add(false));
            }
        } catch (IOException e) {
            process.destroyForcibly();
            closeQuietly(channel);
            dir.delete();
            throw new PlayerStartException("mpv stopped answering right after it started: " + e.getMessage(), e);
        }
        Thread reader = new Thread(session::readEvents, "mpv-ipc-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return session;
    }

    /** The mpv command line; the first item gets the start position, the others play from their beginning. */
    static List<String> command(Path mpv, Path socket, List<PlayItem> items, Duration start, List<String> extraArgs) {
        List<String> command = new ArrayList<>();
        command.add(mpv.toString());
        command.add("--input-ipc-server=" + socket);
        command.add("--idle=no"); // a user's idle=yes would keep mpv, and a waiting CLI, alive forever
        command.add("--pause");
        command.addAll(extraArgs);
        boolean resume = start != null && !start.isZero();
        for (int i = 0; i < items.size(); i++) {
            String media = items.get(i).media();
            if (i == 0 && resume) {
                // --{ ... --} scopes --start to this file only; a plain --start would apply to every item.
                command.addAll(List.of("--{", "--start=" + Timecode.seconds(start), media, "--}"));
            } else {
                command.add(media);
            }
        }
        return command;
    }

    private static SocketChannel connect(Process process, Path socket, Path log, Duration timeout, PrivateDirectory dir)
            throws PlayerStartException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                if (Files.exists(socket)) {
                    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                    try {
                        channel.connect(UnixDomainSocketAddress.of(socket));
                        return channel;
                    } catch (IOException notYetListening) {
                        closeQuietly(channel);
                    }
                }
                if (!process.isAlive()) {
                    String output = tail(log);
                    dir.delete();
                    throw new PlayerStartException("mpv exited with code " + process.exitValue() + " before playing"
                            + (output.isEmpty() ? "" : ": " + output));
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    dir.delete();
                    throw new PlayerStartException("mpv did not open its control socket within "
                            + timeout.toSeconds() + " s; is it an old version without --input-ipc-server?");
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            dir.delete();
            throw new PlayerStartException("Interrupted while starting mpv", e);
        } catch (IOException e) {
            process.destroyForcibly();
            dir.delete();
            throw new PlayerStartException("Could not connect to mpv: " + e.getMessage(), e);
        }
    }

    @Override
    public PlayerKind player() {
        return PlayerKind.MPV;
    }

    @Override
    public boolean tracked() {
        return true;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public int awaitExit() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        try {
            send(JSON.createArrayNode().add("quit"));
        } catch (IOException e) {
            process.destroy();
        }
        CompletableFuture.delayedExecutor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (process.isAlive()) {
                LOG.log(Level.WARNING, "mpv did not quit when asked; ending it");
                process.destroyForcibly();
            }
        });
    }

    @Override
    public boolean seek(Duration at) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            send(JSON.createArrayNode().add("seek").add(at.toMillis() / 1000.0).add("absolute+exact"));
            return true;
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "mpv did not take the seek", e);
            return false;
        }
    }

    private synchronized void send(ArrayNode command) throws IOException {
        ObjectNode message = JSON.createObjectNode();
        message.set("command", command);
        ByteBuffer bytes = ByteBuffer.wrap((JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private void readEvents() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                handle(line);
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "mpv connection lost", e);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Unexpected failure while following mpv; reporting what is known", e);
        } finally {
            // Whatever ended the connection (exit, quit, crash), the item in hand is still reported.
            finishItem(process.isAlive() ? "connection lost" : "player exited");
            int code = waitForExit();
            directory.delete();
            exit.complete(code);
        }
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "mpv closed its socket but kept running; ending it");
                process.destroyForcibly();
            }
            int code = process.waitFor();
            if (code != 0) {
                LOG.log(Level.WARNING, "mpv exited with code {0}: {1}", code, tail(directory.path().resolve("mpv.log")));
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void handle(String line) throws IOException {
        JsonNode message = JSON.readTree(line);
        JsonNode event = message.get("event");
        if (event == null) {
            JsonNode error = message.get("error");
            if (error != null && !"success".equals(error.asText())) {
                LOG.log(Level.WARNING, "mpv refused a command: {0}", line);
            }
            return;
        }
        switch (event.asText()) {
            case "property-change" -> propertyChanged(message.path("name").asText(), message.get("data"));
            case "start-file" -> {
                if (current == null && playlistPos >= 0) {
                    beginItem(playlistPos);
                }
            }
            case "end-file" -> finishItem(message.path("reason").asText("unknown"));
            default -> {
                // Other events (seek, file-loaded, audio-reconfig, ...) say nothing the properties don't.
            }
        }
    }

    private void propertyChanged(String name, JsonNode data) {
        boolean known = data != null && !data.isNull();
        switch (name) {
            case "playlist-pos" -> {
                playlistPos = known ? data.asInt(-1) : -1;
                if (playlistPos < 0) {
                    return;
                }
                if (current == null) {
                    beginItem(playlistPos);
                } else if (current.index != playlistPos) {
                    if (current.last != null) {
                        finishItem("playlist moved on");
                        beginItem(playlistPos);
                    } else {
                        // start-file comes before the new playlist-pos; the item begun there was given the old one.
                        current.index = playlistPos;
                    }
                }
            }
            case "time-pos" -> {
                if (!known) {
                    return; // mpv clears time-pos between files; the last real value is what counts
                }
                if (current == null && playlistPos >= 0) {
                    beginItem(playlistPos);
                }
                if (current != null) {
                    current.seen(seconds(data));
                    reportProgress();
                }
            }
            case "duration" -> {
                knownDuration = known ? seconds(data) : null;
                if (current != null) {
                    current.duration = knownDuration;
                }
            }
            case "pause" -> paused = known && data.asBoolean();
            default -> {
            }
        }
    }

    private void beginItem(int index) {
        current = new Item(index, clock.instant());
        // mpv may have announced the duration before the item could be begun; it clears it between files.
        current.duration = knownDuration;
    }

    private void reportProgress() {
        long now = System.nanoTime();
        if (paused || now - lastProgressNanos < PROGRESS_INTERVAL_NANOS) {
            return;
        }
        TalkId talk = talkAt(current.index);
        if (talk == null) {
            return;
        }
        lastProgressNanos = now;
        Duration position = current.last;
        Duration duration = current.duration;
        try {
            listener.progress(talk, position, duration);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A playback listener failed on progress", e);
        }
    }

    private void finishItem(String reason) {
        Item item = current;
        current = null;
        if (item == null) {
            return;
        }
        TalkId talk = talkAt(item.index);
        if (talk == null) {
            LOG.log(Level.INFO, "mpv played playlist entry {0}, which is not one of ours; not reported", item.index);
            return;
        }
        if (item.last == null) {
            LOG.log(Level.INFO, "Talk {0} ended ({1}) before anything was played; not reported", talk, reason);
            return;
        }
        boolean reachedEnd = item.duration != null && item.duration.minus(item.last).compareTo(END_TOLERANCE) <= 0;
        PlaybackReport report = new PlaybackReport(talk, item.started, item.from, item.last, item.duration, reachedEnd);
        LOG.log(Level.DEBUG, () -> "Talk " + talk + " ended (" + reason + "): " + report);
        try {
            listener.finished(report);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A playback listener failed on a finished report", e);
        }
    }

    private TalkId talkAt(int index) {
        return index >= 0 && index < items.size() ? items.get(index).talk() : null;
    }

    private static Duration seconds(JsonNode value) {
        return Duration.ofNanos(Math.round(value.asDouble() * 1_000_000_000d));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }

    /** One playlist item as it is being played. */
    private static final class Item {
        int index;
        final Instant started;
        Duration from;
        Duration last;
        Duration duration;

        Item(int index, Instant started) {
            this.index = index;
            this.started = started;
        }

        void seen(Duration position) {
            if (from == null) {
                from = position;
            }
            last = position;
        }
    }
}
