package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {
    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void library() {
        cli = new Cli(dir);
        cli.importTalks(dir, Cli.talk("Concurrency in practice", 40), Cli.talk("Packaging", 25));
    }

    @Test
    void backupWithoutAFileGoesToTheBackupsFolderAndPrintsWhere() {
        Path copy = Path.of(cli.ok("backup").out().strip());
        assertEquals(dir.resolve("backups").resolve("library-20250301-100000-manual.db"), copy);
        assertTrue(Files.isRegularFile(copy));
    }

    @Test
    void restoreBringsBackTheLibraryAsItWasWhenBackedUp() {
        Path copy = dir.resolve("two-talks.db");
        assertEquals(copy.toString(), cli.ok("backup", copy.toString()).out().strip());
        cli.importTalks(dir, Cli.talk("Added after the backup", 10));
        assertEquals(3, cli.ok("search", "--json").json().size());

        Cli.Result r = cli.ok("restore", copy.toString());

        assertTrue(r.out().startsWith("restored " + dir.resolve("library.db") + " from " + copy), r.out());
        assertTrue(r.out().contains("the library it replaced is kept as " + dir.resolve("backups")), r.out());
        assertEquals(2, cli.ok("search", "--json").json().size());
    }

    @Test
    void restoreFromAFileThatIsNotALibraryIsBadInputAndChangesNothing() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a library\n");
        byte[] before = Files.readAllBytes(dir.resolve("library.db"));

        Cli.Result r = cli.run("restore", notes.toString());

        assertEquals(CliRunner.BAD_INPUT, r.code());
        assertEquals("talkshelf: notes.txt is not a TalkShelf library (not an SQLite database)", r.err().strip());
        assertTrue(Arrays.equals(before, Files.readAllBytes(dir.resolve("library.db"))));
        assertTrue(Files.notExists(dir.resolve("backups")));
    }
}
