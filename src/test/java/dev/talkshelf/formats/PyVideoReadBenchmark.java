package dev.talkshelf.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long reading a PyVideo tree the size of the public data set takes (~21,700 talks in 541 events).
 * Replicates the shared sample with varied titles into a temporary tree. Run with:
 * {@code java -cp target/classes:target/test-classes:<deps> dev.talkshelf.formats.PyVideoReadBenchmark [sampleDir]}
 */
public final class PyVideoReadBenchmark {
    private static final int EVENTS = 541;
    private static final int TALKS = 21_700;

    private PyVideoReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "../shared/pyvideo-sample");
        Path root = Files.createTempDirectory("pyvideo-bench");
        try {
            writeTree(sample, root);
            PyVideoReader reader = new PyVideoReader();
            for (int run = 1; run <= 5; run++) {
                long start = System.nanoTime();
                int count = reader.read(root, ImportContext.NONE).talks().size();
                System.out.printf("run %d: read %d talks in %d ms%n", run, count, (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Writes a tree shaped like the public data set (541 events, 21,700 talks) into {@code root}, replicating
     * the sample's talks with numbered titles and video ids so none is a duplicate of another.
     */
    public static void writeTree(Path sample, Path root) throws IOException {
        writeTree(sample, root, TALKS);
    }

    /**
     * As {@link #writeTree(Path, Path)} with {@code count} talks, in events of the data set's average size
     * (40 talks each): 108,575 talks is the data set five times over, as issue #14 measured it.
     */
    public static void writeTree(Path sample, Path root, int count) throws IOException {
        int eventCount = Math.max(1, (int) Math.round((double) count * EVENTS / TALKS));
        List<String> talks;
        try (Stream<Path> walk = Files.walk(sample)) {
            talks = walk.filter(p -> p.getParent().getFileName().toString().equals("videos")).sorted()
                    .map(PyVideoReadBenchmark::readString).toList();
        }
        for (int e = 0; e < eventCount; e++) {
            Path event = Files.createDirectories(root.resolve(String.format("event-%03d/videos", e))).getParent();
            Files.writeString(event.resolve("category.json"), "{\"title\": \"PyCon Bench " + (2000 + e % 25) + "\"}");
        }
        for (int i = 0; i < count; i++) {
            String json = talks.get(i % talks.size()).replaceFirst("\"title\": \"", "\"title\": \"#" + i + " ")
                    .replace("watch?v=", "watch?v=b" + i + "x").replace("youtu.be/", "youtu.be/b" + i + "x");
            Files.writeString(root.resolve(String.format("event-%03d/videos/talk-%05d.json", i % eventCount, i)), json);
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
