package dev.talkshelf.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.FxWait;
import dev.talkshelf.ui.MainWindow;
import dev.talkshelf.ui.details.TranscriptViewModel.CueLine;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FakePlayback;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.talks.LazyRow;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** The transcript in the details pane, used as a person does: read along while it plays, click a line, note a line. */
@ExtendWith(ApplicationExtension.class)
class ReadAlongFlowTest {
    @TempDir
    static Path dir;
    private Services services;
    private FxTaskRunner tasks;
    private final FakePlayback player = new FakePlayback((talk, progressed, ended) -> { });
    private TalkId gil;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        services = Library.open(dir.resolve("library-" + System.nanoTime() + ".db"), Clock.systemUTC());
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(
                Talk.titled("The GIL, detached").withSpeakers(List.of("Ada Lovelace")).withDuration(Duration.ofMinutes(100))))),
                false);
        gil = services.search().search("", 0, 1).talks().get(0).id();
        services.transcripts().attach(gil, LongTranscript.write(dir, "gil-" + System.nanoTime() + ".en.vtt", 2000));
        tasks = new FxTaskRunner();
        window = new MainWindow(services, tasks, player, Desktop.NONE, null, WindowSettings.DEFAULTS);
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<CueLine> selectTheTalk(FxRobot robot) throws Exception {
        TableView<LazyRow> table = robot.lookup("#talks").queryAs(TableView.class);
        FxWait.until(5, () -> table.getItems().size() == 1 && table.getItems().get(0).row() != null);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
        ListView<CueLine> lines = robot.lookup("#transcript-lines").queryAs(ListView.class);
        FxWait.until(10, () -> lines.getItems().size() == 2000 && lines.isVisible() && lookupCue(robot, 0) != null);
        return lines;
    }

    /**
     * Searches for {@code query} and selects its one row, {@code talk}. The whole query at once: typed key by key, each
     * prefix is a search of its own that resets the list.
     */
    @SuppressWarnings("unchecked")
    private static void searchAndSelect(FxRobot robot, String query, TalkId talk) throws Exception {
        robot.interact(() -> robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).setText(query));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        TableView<LazyRow> table = robot.lookup("#talks").queryAs(TableView.class);
        FxWait.until(5, () -> table.getItems().size() == 1 && table.getItems().get(0).row() != null
                && table.getItems().get(0).row().talk().id().equals(talk));
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });
    }

    private static Node lookupCue(FxRobot robot, int index) {
        return robot.lookup("#cue-" + index).tryQuery().orElse(null);
    }

    /** The node and every node it sits in are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean saidNow(Node cell) {
        return cell != null && cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("said-now"));
    }

    @Test
    void whileTheTalkPlaysTheLineBeingSaidIsMarkedAndScrolledTo(FxRobot robot) throws Exception {
        selectTheTalk(robot);

        player.report(gil, LongTranscript.startOf(1500).plusMillis(800));

        FxWait.until(5, () -> saidNow(lookupCue(robot, 1500)) && lookupCue(robot, 1500).isVisible());
        player.report(gil, LongTranscript.startOf(1501));
        FxWait.until(5, () -> saidNow(lookupCue(robot, 1501)) && !saidNow(lookupCue(robot, 1500)));
    }

    @Test
    void clickingALineWhenNothingPlaysStartsTheTalkThereAndNPinsANoteToIt(FxRobot robot) throws Exception {
        selectTheTalk(robot);

        robot.clickOn("#cue-3");
        FxWait.until(5, () -> player.started().size() == 1);
        assertEquals(new FakePlayback.Asked(gil, LongTranscript.startOf(3)), player.started().get(0));

        robot.type(KeyCode.N);
        FxWait.until(5, () -> robot.lookup("#transcript-note-text").queryAs(javafx.scene.control.TextField.class).isFocused());
        assertEquals(LongTranscript.textOf(3), robot.lookup("#transcript-note-text")
                .queryAs(javafx.scene.control.TextField.class).getText(), "the note starts as the line's text");
        robot.type(KeyCode.END).write(" (remember)").type(KeyCode.ENTER);

        FxWait.until(5, () -> !services.library().details(gil).notes().isEmpty());
        Note note = services.library().details(gil).notes().get(0);
        assertEquals(LongTranscript.startOf(3), note.at());
        assertEquals(LongTranscript.textOf(3) + " (remember)", note.text());
        FxWait.until(5, () -> robot.lookup(".note-time").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Hyperlink h && h.getText().equals("0:09")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchingWhatWasSaidAndClickingAMomentShowsTheTranscriptAtThatLine(FxRobot robot) throws Exception {
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Interpreter internals")))), false);
        ListView<CueLine> lines = selectTheTalk(robot);
        robot.clickOn("#search-said");
        searchAndSelect(robot, "global interpreter lock", gil);
        FxWait.until(10, () -> robot.lookup("#moment-0").tryQuery().map(Node::isVisible).orElse(false));
        String text = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#moment-0")
                .queryAs(javafx.scene.control.Hyperlink.class).getText()).get();
        assertTrue(text.contains("global interpreter lock"), text);
        String time = text.substring(0, text.indexOf("  "));
        int cue = WaitForAsyncUtils.asyncFx(() -> lines.getItems().stream().filter(l -> l.time().equals(time))
                .findFirst().map(CueLine::index).orElse(-1)).get();
        assertTrue(cue >= 0, "the moment \"" + text + "\" names the time of a line");

        // Fired rather than clicked by the robot; the mouse click was not checked again after the scroll fix.
        robot.interact(() -> robot.lookup("#moment-0").queryAs(javafx.scene.control.Hyperlink.class).fire());

        FxWait.until(10, () -> lines.getSelectionModel().getSelectedIndex() == cue
                && lookupCue(robot, cue) != null && lookupCue(robot, cue).isVisible());
        assertTrue(player.started().isEmpty(), "showing a moment plays nothing");
        robot.clickOn("#moment-play-0");
        FxWait.until(5, () -> player.started().size() == 1);
        assertEquals(new FakePlayback.Asked(gil, LongTranscript.startOf(cue)), player.started().get(0));
    }

    @Test
    void aTalkWithoutTranscriptSaysHowToAttachOne(FxRobot robot) throws Exception {
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Another talk")))), false);
        robot.clickOn("#search").write("Another");
        @SuppressWarnings("unchecked")
        TableView<LazyRow> table = robot.lookup("#talks").queryAs(TableView.class);
        FxWait.until(5, () -> table.getItems().size() == 1 && table.getItems().get(0).row() != null
                && table.getItems().get(0).row().talk().title().equals("Another talk"));
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
        });

        FxWait.until(5, () -> robot.lookup("#transcript-placeholder").queryAs(Label.class).isVisible()
                && robot.lookup("#transcript-placeholder").queryAs(Label.class).getText().contains("import FILE.vtt --talk"));
        assertTrue(robot.lookup("#transcript-lines").tryQuery().isEmpty(), "no empty transcript takes the pane's room");
    }

    @Test
    void aSubtitleFileIsAttachedFromTheDetailsPaneABadOneNamingItsLine(FxRobot robot) throws Exception {
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Another talk")))), false);
        TalkId another = services.search().search("Another", 0, 1).talks().get(0).id();
        Path bad = Files.writeString(dir.resolve("broken-" + System.nanoTime() + ".vtt"),
                "WEBVTT\n\n00:01.000 --> 00:02.000\nok\n\n00:03.000 --> soon\nbad\n");
        Path good = dir.resolve("gil-talk-" + System.nanoTime() + ".en.vtt");
        try (InputStream in = getClass().getResourceAsStream("/formats/transcripts/gil-talk.en.vtt")) {
            Files.copy(in, good);
        }
        Deque<Path> chosen = new ArrayDeque<>(List.of(bad, good));
        // The file dialog is the window's edge: the stand-in answers with the files a person would pick.
        robot.interact(() -> window.chooseTranscriptFilesWith(owner -> chosen.poll().toFile()));
        searchAndSelect(robot, "Another", another);
        FxWait.until(5, () -> robot.lookup("#transcript-attach").tryQuery().map(ReadAlongFlowTest::shown).orElse(false));

        // Fired rather than clicked: the robot found the button hidden now and then while the pane was laid out.
        robot.interact(() -> robot.lookup("#transcript-attach").queryAs(javafx.scene.control.Button.class).fire());

        FxWait.until(10, () -> robot.lookup("#transcript-attach-message").queryAs(Label.class).getText()
                .contains(bad.getFileName() + " line 6 column 14: \"soon\" is not a WebVTT time"));
        assertTrue(services.transcripts().of(another).isEmpty(), "a bad file changes nothing");

        FxWait.until(5, () -> shown(robot.lookup("#transcript-attach").query()));
        robot.interact(() -> robot.lookup("#transcript-attach").queryAs(javafx.scene.control.Button.class).fire());

        @SuppressWarnings("unchecked")
        ListView<CueLine> lines = robot.lookup("#transcript-lines").queryAs(ListView.class);
        FxWait.until(10, () -> lines.isVisible() && lines.getItems().size() == 5);
        assertEquals(5, services.transcripts().of(another).orElseThrow().transcript().cues().size());
        assertTrue(robot.lookup("#transcript-replace-message").queryAs(Label.class).getText()
                .startsWith("Attached 5 cues (en) to talk " + another.value()));
    }
}
