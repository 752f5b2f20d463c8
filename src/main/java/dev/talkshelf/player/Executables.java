package dev.talkshelf.player;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds programs the way a shell would look them up on PATH, without starting a shell. Built from the
 * environment in the app, from a list of directories in tests.
 */
public final class Executables {

    private final List<Path> directories;
    private final List<String> extensions;

    /**
     * @param directories the search path, in order
     * @param extensions  suffixes to try after the bare name ({@code .exe}, {@code .bat} from PATHEXT on Windows;
     *                    empty elsewhere)
     */
    public Executables(List<Path> directories, List<String> extensions) {
        this.directories = List.copyOf(directories);
        this.extensions = List.copyOf(extensions);
    }

    public static Executables fromEnvironment() {
        return of(System.getenv("PATH"), Platform.current() == Platform.WINDOWS ? System.getenv("PATHEXT") : null);
    }

    /** Parses a PATH-style string ({@code /usr/bin:/bin}) and an optional PATHEXT-style string. */
    public static Executables of(String path, String pathExt) {
        List<Path> dirs = new ArrayList<>();
        if (path != null) {
            for (String part : path.split(File.pathSeparator)) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    dirs.add(Path.of(part));
                } catch (InvalidPathException e) {
                    // A broken PATH entry should not hide the good ones after it.
                }
            }
        }
        List<String> exts = new ArrayList<>();
        if (pathExt != null) {
            for (String ext : pathExt.split(File.pathSeparator)) {
                if (!ext.isBlank()) {
                    exts.add(ext.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new Executables(dirs, exts);
    }

    /**
     * The program called {@code nameOrPath}: a path (anything with a separator) is taken as it is, a bare
     * name is searched on the path. Empty when there is no such executable file.
     */
    public Optional<Path> find(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            return Optional.empty();
        }
        try {
            if (nameOrPath.contains("/") || nameOrPath.contains(File.separator)) {
                return candidates(Path.of(nameOrPath)).stream().filter(Executables::isExecutableFile).findFirst();
            }
            for (Path dir : directories) {
                Optional<Path> hit = candidates(dir.resolve(nameOrPath)).stream()
                        .filter(Executables::isExecutableFile).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean isInstalled(String nameOrPath) {
        return find(nameOrPath).isPresent();
    }

    private List<Path> candidates(Path base) {
        List<Path> result = new ArrayList<>();
        result.add(base);
        for (String ext : extensions) {
            result.add(base.resolveSibling(base.getFileName() + ext));
        }
        return result;
    }

    private static boolean isExecutableFile(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }
}
