package dev.talkshelf.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Puts test data into a test's own temporary folder, so readers see real files and nothing is shared. */
final class TestFiles {
    private TestFiles() {
    }

    static Path copyResource(String resource, Path target) {
        try {
            Path from = Path.of(TestFiles.class.getResource(resource).toURI());
            if (Files.isRegularFile(from)) {
                Path to = Files.isDirectory(target) ? target.resolve(from.getFileName().toString()) : target;
                return Files.copy(from, to);
            }
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path to = target.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path folder, String name, String content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
