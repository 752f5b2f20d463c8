package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicProgress;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.talks.LazyRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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

/** Study flows on a real library: playlists by dragging, pasting titles, cancelling an import, the dashboard. */
@ExtendWith(ApplicationExtension.class)
class StudyFlowsTest {
    @TempDir
    static Path dir;
    private Services services;
    private FxTaskRunner tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        services = TestLibrary.sample(dir);
        services.playlists().create("Weekend");
        tasks = new FxTaskRunner();
        window = new MainWindow(services, tasks, Playback.NONE, Desktop.NONE, null, WindowSettings.DEFAULTS);
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(10, condition);
    }

    @SuppressWarnings("unchecked")
    private TableView<LazyRow> table(FxRobot robot) {
        return robot.lookup("#talks").queryAs(TableView.class);
    }

    private Node tableRow(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == index && !r.isEmpty())
                .query();
    }

    private List<TalkId> weekend() {
        return services.playlists().show("Weekend").talks().stream().map(Talk::id).toList();
    }

    @Test
    void aTalkDraggedOntoAPlaylistIsAddedToIt(FxRobot robot) throws Exception {
        TableView<LazyRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 20 && table.getItems().get(1).row() != null);
        waitUntil(() -> robot.lookup("#playlist-Weekend").tryQuery().isPresent());
        TalkId dragged = table.getItems().get(1).row().talk().id();

        robot.drag(tableRow(robot, 1)).dropTo("#playlist-Weekend");

        waitUntil(() -> weekend().equals(List.of(dragged)));
        waitUntil(() -> robot.from(robot.lookup("#playlist-Weekend").queryAs(Node.class))
                .lookup((Label l) -> "0/1".equals(l.getText())).tryQuery().isPresent());
    }

    @Test
    void reorderingByDragIsSavedInThePlaylist(FxRobot robot) throws Exception {
        List<TalkId> ids = services.search().search("", 0, 3).talks().stream().map(Talk::id).toList();
        services.playlists().add("Weekend", ids);
        robot.interact(() -> window.model().sidebar().loadPlaylists());
        waitUntil(() -> robot.lookup("#playlist-Weekend").tryQuery().isPresent());

        robot.clickOn("#playlist-Weekend");
        waitUntil(() -> robot.lookup("#playlist-item-2").tryQuery().isPresent());
        robot.drag("#playlist-item-2").dropTo("#playlist-item-0");

        waitUntil(() -> weekend().equals(List.of(ids.get(2), ids.get(0), ids.get(1))));
        @SuppressWarnings("unchecked")
        ListView<Talk> list = robot.lookup("#playlist-talks").queryAs(ListView.class);
        assertEquals(ids.get(2), list.getItems().get(0).id());
    }

    @Test
    void pastedTitlesCorrectedInThePreviewAreImported(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 20);
        robot.interact(() -> window.pasteTitles(""));
        waitUntil(() -> robot.lookup("#paste-text").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#paste-text").queryAs(TextArea.class).setText(
                "Zero-Downtime Migrations - Ada Quill\nProperty Testing for Mortals\nTyping at Scale by Sam Lee"));
        @SuppressWarnings("unchecked")
        TableView<dev.talkshelf.ui.imports.PasteTitlesViewModel.Row> preview = robot.lookup("#paste-preview").queryAs(TableView.class);
        waitUntil(() -> preview.getItems().size() == 3);
        waitUntil(() -> robot.lookup("#paste-preview .table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 1
                && r.getItem() != null).tryQuery().isPresent());
        robot.interact(() -> {
            preview.requestFocus();
            preview.edit(1, preview.getColumns().get(1));
        });
        waitUntil(() -> robot.lookup("#paste-preview .text-field").tryQuery().isPresent());
        TextField editor = robot.lookup("#paste-preview .text-field").queryAs(TextField.class);
        robot.interact(() -> editor.setText("Property-Based Testing for Mortals"));
        robot.clickOn(editor).type(KeyCode.ENTER);
        waitUntil(() -> preview.getItems().get(1).titleProperty().get().equals("Property-Based Testing for Mortals"));

        robot.clickOn("#paste-import");

        waitUntil(() -> services.library().count() == 23);
        assertEquals(1, services.search().search("Property-Based Testing Mortals", 0, 5).talks().size());
        assertEquals(1, services.search().search("Zero-Downtime Migrations", 0, 5).talks().size());
        assertEquals(1, services.search().search("Typing at Scale", 0, 5).talks().size());
        waitUntil(() -> robot.lookup("#import-outcome").tryQuery().isPresent());
    }

    @Test
    void pastedLinesSharingALayoutShowItInTheDialog(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 20);
        robot.interact(() -> window.pasteTitles(""));
        waitUntil(() -> robot.lookup("#paste-text").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#paste-text").queryAs(TextArea.class).setText(String.join("\n",
                "Caching at the edge | Elena Schmidt | DjangoCon 2022", "Typing in anger | Bruno Nguyen | DjangoCon 2022",
                "Rust for the curious | Chen Tanaka | DjangoCon 2022", "Queues and you | Fatima Okafor | DjangoCon 2022",
                "Teaching loops | Anna Kowalski | DjangoCon 2022", "Fish and chips with Kafka | Tibs | DjangoCon 2022")));

        waitUntil(() -> robot.lookup("#paste-layout").queryAs(javafx.scene.control.Label.class).getText()
                .equals("Layout found: Title | Speaker | Event (5 of 6 lines)"));
        @SuppressWarnings("unchecked")
        TableView<dev.talkshelf.ui.imports.PasteTitlesViewModel.Row> preview = robot.lookup("#paste-preview").queryAs(TableView.class);
        assertEquals("Tibs", preview.getItems().get(5).speakersProperty().get());
        // The dialog's own Cancel: the main window has a "Cancel" button too (the import's).
        Node inDialog = robot.lookup("#paste-text").queryAs(Node.class);
        while (!(inDialog instanceof javafx.scene.control.DialogPane)) {
            inDialog = inDialog.getParent();
        }
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) inDialog;
        javafx.scene.control.Button cancel = (javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL);
        robot.interact(cancel::fire);
        waitUntil(() -> robot.lookup("#paste-text").tryQuery().isEmpty());
    }

    @Test
    void cancellingALongImportLeavesTheLibraryUnchanged(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 20);
        Path csv = dir.resolve("many-" + System.nanoTime() + ".csv");
        List<String> lines = new ArrayList<>();
        lines.add("title,speakers,event,year,duration");
        for (int i = 0; i < 30_000; i++) {
            lines.add("Generated talk number " + i + ",Speaker " + (i % 500) + ",Conf " + (2000 + i % 20) + "," + (2000 + i % 20) + ",30:00");
        }
        Files.write(csv, lines);

        robot.interact(() -> window.model().imports().importPaths(List.of(csv)));
        waitUntil(() -> robot.lookup("#import-cancel").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(() -> window.model().imports().progressTextProperty().get().contains(" of "));
        robot.clickOn("#import-cancel");

        waitUntil(() -> !window.model().imports().runningProperty().get());
        waitUntil(() -> robot.lookup("#import-outcome").tryQuery().isPresent());
        assertEquals(20, services.library().count());
    }

    @Test
    void theDashboardShowsTheServicesFigures(FxRobot robot) throws Exception {
        List<Talk> some = services.search().search("", 0, 3).talks();
        services.watch().mark(some.stream().map(Talk::id).toList(), WatchStatus.WATCHED);
        services.watch().recordSession(some.get(0).id(), Instant.now().minus(Duration.ofDays(1)), Duration.ZERO,
                Duration.ofMinutes(90), null, true);

        robot.clickOn("#shelf-progress");

        waitUntil(() -> robot.lookup("#total-talks").tryQuery().isPresent());
        assertEquals("20", robot.lookup("#total-talks").queryAs(Label.class).getText());
        assertEquals("3", robot.lookup("#total-watched").queryAs(Label.class).getText());
        assertEquals("1.5 h", robot.lookup("#total-hours-watched").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> chart = robot.lookup("#topic-chart").queryAs(StackedBarChart.class);
        List<TopicProgress> expected = services.watch().progressByTopic().stream().limit(12).toList();
        XYChart.Series<String, Number> watched = chart.getData().get(0);
        assertEquals(expected.size(), watched.getData().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).topic(), watched.getData().get(i).getXValue());
            assertEquals(expected.get(i).watched(), watched.getData().get(i).getYValue().longValue());
            assertEquals(expected.get(i).unwatched(), chart.getData().get(1).getData().get(i).getYValue().longValue());
        }
        assertTrue(expected.stream().mapToLong(TopicProgress::watched).sum() >= 1);
    }
}
