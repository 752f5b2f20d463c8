package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.playlist.BudgetPlaylistViewModel;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Fill to a time budget…" as the window sends it, on talks of known length: the playlist made and opened. */
class FillToBudgetTest {
    @TempDir
    Path dir;
    Services services;
    MainWindowViewModel window;

    @BeforeEach
    void open() {
        services = TestLibrary.generated(dir, 300);
        window = new MainWindowViewModel(services, new SameThreadTaskRunner(), Playback.NONE, Desktop.NONE, List.of());
        window.start();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void theFormsRequestMakesAPlaylistThatFitsTheBudgetAndOpensIt() {
        BudgetPlaylistViewModel form = new BudgetPlaylistViewModel("tag:rust");
        form.budgetProperty().set("2h");

        window.fillToBudget(form.request().orElseThrow());

        assertEquals("Next 2h", window.playlist().nameProperty().get(), window.status().messageProperty().get());
        assertEquals(MainWindowViewModel.Center.PLAYLIST, window.centerProperty().get());
        List<Talk> talks = List.copyOf(window.playlist().talks());
        assertFalse(talks.isEmpty());
        assertTrue(talks.stream().allMatch(t -> t.tags().stream().anyMatch(tag -> tag.startsWith("rust"))), "talks from the search");
        Duration length = talks.stream().map(Talk::duration).reduce(Duration.ZERO, Duration::plus);
        assertTrue(length.compareTo(Duration.ofHours(2)) <= 0 && length.compareTo(Duration.ofMinutes(60)) > 0,
                "the talks fill the two hours without passing them: " + length);
    }
}
