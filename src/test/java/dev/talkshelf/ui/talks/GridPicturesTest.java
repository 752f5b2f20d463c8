package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.UserErrors;
import dev.talkshelf.ui.thumbnails.PictureFetcher;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import dev.talkshelf.app.Library;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import java.util.Comparator;

/**
 * A YouTube talk's card shows the picture published for its video id, fetched from a server on this machine that
 * stands in for YouTube's (let through by the test's fetcher; the app's refuses loopback); a talk with no picture
 * shows its initials.
 */
@ExtendWith(ApplicationExtension.class)
class GridPicturesTest {
    private static final String VIDEO = "dQw4w9WgXcQ";
    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private Services services;
    private FxTaskRunner tasks;
    private Thumbnails thumbnails;
    private TalkViews views;

    @Start
    void start(Stage stage) throws Exception {
        BufferedImage picture = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 480; x++) {
            for (int y = 0; y < 360; y++) {
                picture.setRGB(x, y, 0xd02020); // red
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(picture, "jpg", jpeg));
        byte[] bytes = jpeg.toByteArray();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requested.add(ex.getRequestURI().getPath());
            ex.getResponseHeaders().add("Content-Type", "image/jpeg");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.start();
        String pictures = "http://127.0.0.1:" + server.getAddress().getPort() + "/vi/";
        PictureFetcher loopbackAllowed = new PictureFetcher(InetAddress::isLoopbackAddress, Duration.ofSeconds(5),
                Duration.ofSeconds(10), 5_000_000);
        thumbnails = new Thumbnails(dir.resolve("cache"), Optional.empty(), loopbackAllowed, 200L * 1024 * 1024, pictures);

        services = Library.open(dir.resolve("library.db"), Clock.systemUTC());
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(
                Talk.titled("Aaa YouTube talk").withMedia("https://www.youtube.com/watch?v=" + VIDEO),
                Talk.titled("Bbb Offline talk").withTags(List.of("rust"))))), false);
        tasks = new FxTaskRunner();
        TalkListViewModel model = new TalkListViewModel(services.search(), services.library(), services.watch(), tasks,
                new UserErrors(e -> { }), Playback.NONE, Desktop.NONE, () -> { });
        views = new TalkViews(model, thumbnails, Map.of(), TalkLayout.GRID);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(views.root()), 1000, 700));
        stage.show();
        model.sortBy(dev.talkshelf.model.SortKey.TITLE, false);
    }

    @AfterEach
    void close() throws Exception {
        server.stop(0);
        thumbnails.close();
        tasks.close();
        services.close();
    }

    private List<TalkCard> cards() {
        return views.grid().shownCards().stream().sorted(Comparator.comparingInt(TalkCard::index)).toList();
    }

    @Test
    void theYouTubeTalksCardShowsThePictureOfItsVideoId(FxRobot robot) throws Exception {
        FxWait.until(60, () -> cards().size() == 2 && cards().get(0).showsPicture());

        assertEquals(List.of("/vi/" + VIDEO + "/hqdefault.jpg"), requested);
        TalkCard youTube = cards().get(0);
        TalkCard offline = cards().get(1);
        assertEquals("Aaa YouTube talk", youTube.row().title());
        assertFalse(offline.showsPicture(), "a talk with no picture source shows its initials");
        int[] centre = new int[1];
        robot.interact(() -> {
            javafx.scene.image.WritableImage shot = youTube.snapshot(null, null);
            centre[0] = shot.getPixelReader().getArgb((int) (shot.getWidth() / 2), (int) (TalkCard.PAD + 20));
        });
        int red = (centre[0] >> 16) & 0xff;
        int green = (centre[0] >> 8) & 0xff;
        assertTrue(red > 150 && green < 90, "the card paints the served picture, red; got " + Integer.toHexString(centre[0]));
    }
}
