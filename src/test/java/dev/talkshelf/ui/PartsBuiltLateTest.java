package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.details.DetailsView;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.sidebar.SidebarView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window builds the sidebar and the details pane after its first rows, when their view models may already hold a
 * talk, its topics, notes and rating, the library's counts and topics: the views show what is there when they are
 * built, not only what changes after.
 */
@ExtendWith(ApplicationExtension.class)
class PartsBuiltLateTest {
    private static final PseudoClass ON = PseudoClass.getPseudoClass("on");
    @TempDir
    static Path dir;
    private SampleStage sample;

    @Start
    void start(Stage stage) {
        sample = SampleStage.open(stage, dir);
        stage.setScene(new Scene(new VBox(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void theDetailsAndTheSidebarBuiltAfterATalkWasChosenShowIt(FxRobot robot) throws Exception {
        Services services = sample.services();
        Talk talk = services.library().talk(TalkId.of(1)).orElseThrow();
        assertFalse(talk.speakers().isEmpty() || talk.tags().isEmpty(), "the sample's first talk has speakers and topics");
        services.library().setRating(talk.id(), 4);
        services.library().addNote(talk.id(), Duration.ofMinutes(12), "the part about pipelines");
        AtomicReference<MainWindowViewModel> model = new AtomicReference<>();
        robot.interact(() -> {
            model.set(new MainWindowViewModel(services, sample.tasks(), Playback.NONE, Desktop.NONE, List.of()));
            model.get().start();
            model.get().details().show(talk);
        });
        MainWindowViewModel vm = model.get();
        FxWait.until(10, () -> vm.details().notes().size() == 1 && vm.details().ratingProperty().get() == 4
                && !vm.sidebar().topics().isEmpty() && !vm.sidebar().shelfCountsProperty().get().isEmpty());

        robot.interact(() -> {
            DetailsView details = new DetailsView(vm.details(), vm.transcript(), null, vm.sidebar()::include, false);
            SidebarView sidebar = new SidebarView(vm.sidebar());
            sample.stage().getScene().setRoot(new HBox(sidebar.root(), details.root()));
        });
        FxWait.until(5, () -> robot.lookup("#details-title").tryQuery().map(Node::isVisible).orElse(false));

        assertEquals(talk.title(), robot.lookup("#details-title").queryAs(Label.class).getText());
        assertEquals(talk.speakers(), robot.lookup(".speaker-link").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText).toList());
        assertEquals(talk.tags().size(), robot.lookup(".chip").queryAll().size(), "a chip per topic");
        assertEquals(1, robot.lookup("#details-notes").queryAs(VBox.class).getChildren().size(), "the note");
        for (int star = 1; star <= 5; star++) {
            Node icon = robot.lookup("#star-" + star).queryAs(Button.class).getGraphic();
            assertEquals(star <= 4, icon.getPseudoClassStates().contains(ON), "star " + star);
        }
        TreeView<?> topics = robot.lookup("#topics").queryAs(TreeView.class);
        assertFalse(topics.getRoot().getChildren().isEmpty(), "the topic tree");
        HBox all = robot.lookup("#shelf-all").queryAs(HBox.class);
        assertTrue(((Label) all.getChildren().get(3)).getText().equals("20"), "All talks' count");
    }
}
