package dev.talkshelf.ui.details;

import dev.talkshelf.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.cli.OtherTalkShelf;
import dev.talkshelf.model.Talk;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.ShownWindow;
import dev.talkshelf.ui.TestLibrary;
import dev.talkshelf.ui.talks.LazyRow;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's details pane, typed into as a person does, while the command line tags the same talk. */
@ExtendWith(ApplicationExtension.class)
class DetailsPaneFlowTest {
    @TempDir
    static Path dir;
    private Services services;
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        services = TestLibrary.sample(dir);
        shown = ShownWindow.show(stage, services);
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTopicTheCliAddedWhileTheTalkWasShownSurvivesATopicTypedInThePane(FxRobot robot) throws Exception {
        TableView<LazyRow> table = robot.lookup("#talks").queryAs(TableView.class);
        FxWait.until(5, () -> table.getItems().size() == 20 && table.getItems().get(0).row() != null);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
        FxWait.until(5, () -> robot.lookup("#add-topic").tryQuery().isPresent()
                && robot.lookup("#add-topic").query().isVisible());
        Talk shown = table.getItems().get(0).row().talk();

        new OtherTalkShelf(services.libraryFile()).run("tag", shown.id().toString(), "+rust/embedded");
        robot.clickOn("#add-topic").write("testing/property-based").type(KeyCode.ENTER);

        FxWait.until(5, () -> table.getItems().get(0).row().talk().tags().contains("testing/property-based"));
        Set<String> stored = Set.copyOf(services.library().talk(shown.id()).orElseThrow().tags());
        assertEquals(true, stored.contains("rust/embedded"), "the CLI's topic is kept: " + stored);
        assertEquals(true, stored.containsAll(shown.tags()), "the topics the talk had are kept: " + stored);
    }
}
