package dev.talkshelf.ui;

import dev.talkshelf.app.Library;
import dev.talkshelf.service.SearchPage;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.talks.LazyRow;
import dev.talkshelf.ui.talks.PagedRows;
import dev.talkshelf.ui.talks.TalkRow;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * What one new page of results costs the FX thread, without the search worker, the renderer or the typing in the
 * way: the window's table is given the first page of four searches in turn (fetched beforehand), and each change is
 * timed in two parts: handing the rows over, and the layout pass, in which the table gives its visible rows their
 * new talks and restyles each row it changed. (An explicit CSS pass is not timed: {@code applyCss()} restyles the
 * whole window, which a real pulse does not.) The first rounds run cold (as the first searches after a launch
 * do); later ones show the warm cost. Run like {@link WindowSpeedBenchmark}:
 * {@code java -Xmx2g -cp ... dev.talkshelf.ui.TableUpdateBenchmark LIBRARY.db}; {@code -Drounds=N} (16),
 * {@code -DsameRows=true} keeps the rows and changes only their number.
 */
public final class TableUpdateBenchmark {
    private static final List<String> QUERIES = List.of("python async", "rust", "tag:python status:unwatched", "django");

    private TableUpdateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WindowSpeedBenchmark.headless();
        Services services = Library.open(Path.of(args[0]), Clock.systemUTC());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskRunner tasks = new FxTaskRunner();
        Thumbnails thumbnails = new Thumbnails(Files.createTempDirectory("talkshelf-thumbs"), Optional.empty());
        MainWindow window = WindowSpeedBenchmark.onFx(() -> {
            MainWindow w = new MainWindow(services, tasks, Playback.NONE, Desktop.NONE, thumbnails, WindowSettings.DEFAULTS);
            Stage stage = new Stage();
            stage.setScene(new Scene(w.root(), 1360, 860));
            stage.show();
            return w;
        });
        Thread.sleep(3000); // the first page, the sidebar and the status line settle
        @SuppressWarnings("unchecked")
        TableView<LazyRow> table = WindowSpeedBenchmark.onFx(() -> (TableView<LazyRow>) window.root().lookup("#talks"));
        List<List<TalkRow>> pages = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        for (String q : QUERIES) {
            SearchPage page = services.search().search(q, 0, PagedRows.PAGE_SIZE);
            pages.add(page.talks().stream().map(TalkRow::of).toList());
            totals.add((int) page.total());
        }
        boolean sameRows = Boolean.getBoolean("sameRows");
        for (int round = 0; round < Integer.getInteger("rounds", 16); round++) {
            int k = round % QUERIES.size();
            long[] t = new long[3];
            WindowSpeedBenchmark.onFx(() -> {
                t[0] = System.nanoTime();
                ((PagedRows) table.getItems()).reset(totals.get(k), page -> { }, pages.get(sameRows ? 0 : k));
                t[1] = System.nanoTime();
                window.root().layout();
                t[2] = System.nanoTime();
                return null;
            });
            Thread.sleep(120); // lets the renderer paint, as between two searches
            System.out.printf("round %2d %-30s rows %5.1f ms, layout %5.1f ms%n", round, QUERIES.get(k),
                    (t[1] - t[0]) / 1e6, (t[2] - t[1]) / 1e6);
        }
        WindowSpeedBenchmark.onFx(() -> {
            Platform.exit();
            return null;
        });
        System.exit(0);
    }
}
