package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Edit topics" as typed in its dialog, on the sample library: the window hands the text over as is. */
class EditTopicsTest {
    @TempDir
    Path dir;
    Services services;
    MainWindowViewModel window;

    @BeforeEach
    void open() {
        services = TestLibrary.sample(dir);
        window = new MainWindowViewModel(services, new SameThreadTaskRunner(), Playback.NONE, Desktop.NONE, List.of());
        window.start();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void typedPlusAndMinusTopicsChangeTheSelectedTalk() {
        window.talks().select(List.of(0), 0);
        Talk talk = window.talks().selectedTalks().get(0);
        String present = talk.tags().isEmpty() ? null : talk.tags().get(0);

        window.talks().changeTopics("+reading-group " + (present == null ? "" : "-" + present));

        Talk after = services.library().talk(talk.id()).orElseThrow();
        assertTrue(after.tags().contains("reading-group"), after.tags().toString());
        if (present != null) {
            assertFalse(after.tags().contains(present), after.tags().toString());
        }
    }
}
