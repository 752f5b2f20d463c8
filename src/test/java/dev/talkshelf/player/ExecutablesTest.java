package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablesTest {

    @TempDir
    Path dir;

    @Test
    void firstDirectoryOnThePathWins() throws IOException {
        Path first = program(Files.createDirectory(dir.resolve("a")), "mpv");
        program(Files.createDirectory(dir.resolve("b")), "mpv");

        Executables path = Executables.of(dir.resolve("a") + File.pathSeparator + dir.resolve("b"), null);

        assertEquals(Optional.of(first), path.find("mpv"));
    }

    @Test
    void fileThatIsNotExecutableIsNotAProgram() throws IOException {
        Files.writeString(dir.resolve("mpv"), "not a program");

        assertTrue(new Executables(List.of(dir), List.of()).find("mpv").isEmpty());
    }

    @Test
    void directoryIsNotAProgram() throws IOException {
        Files.createDirectory(dir.resolve("mpv"));

        assertTrue(new Executables(List.of(dir), List.of()).find("mpv").isEmpty());
    }

    @Test
    void pathIsTakenAsItIsNotSearched() throws IOException {
        Path own = program(dir, "myplayer");

        assertEquals(Optional.of(own), new Executables(List.of(), List.of()).find(own.toString()));
    }

    @Test
    void extensionsFromPathExtAreTried() throws IOException {
        Path exe = program(dir, "mpv.exe");

        assertEquals(Optional.of(exe), new Executables(List.of(dir), List.of(".exe")).find("mpv"));
    }

    @Test
    void emptyPathFindsNothing() {
        assertTrue(Executables.of(null, null).find("sh").isEmpty());
        assertTrue(Executables.of("", null).find("").isEmpty());
    }

    static Path program(Path dir, String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
        assertTrue(file.toFile().setExecutable(true));
        return file;
    }
}
