package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every command answers {@code --help} (and {@code help COMMAND}) with its own usage and touches no library: before,
 * {@code events --help} counted the events of talks matching the word "help", and {@code bench --help} was refused.
 */
class CommandHelpTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "events --help|Usage: talkshelf events",
            "speakers -h|Usage: talkshelf speakers",
            "bench --help|Usage: talkshelf bench",
            "help bench|Usage: talkshelf bench",
            "playlist add --help|Usage: talkshelf playlist add",
            "search --help|Usage: talkshelf search",
    })
    void printsTheCommandsUsageAndOpensNoLibrary(String line, String usage) {
        Cli cli = new Cli(dir);
        Cli.Result r = cli.run(line.split(" "));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(usage), r.out());
        assertTrue(r.out().contains("-h, --help"), r.out());
        assertFalse(Files.exists(dir.resolve("library.db")), "a request for help created the library");
    }
}
