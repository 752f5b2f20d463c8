package dev.talkshelf.ui.details;

import dev.talkshelf.app.Library;
import dev.talkshelf.app.SampleLibrary;
import dev.talkshelf.model.Talk;
import dev.talkshelf.player.MediaKind;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.MainWindow;
import dev.talkshelf.ui.settings.Preferences;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.shared.ServicePlayback;
import dev.talkshelf.ui.talks.LazyRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Not a test: the window for docs/screenshots/transcript.png. A sample talk gets a 20-minute clip and a transcript,
 * the search looks for what was said, and a real mpv (no picture, no sound) plays the talk from its second moment,
 * so the line being said is marked. Run {@code ReadAlongScreenshot$Main} under /work/shared/tools/screenshot.sh with the test class path.
 */
public final class ReadAlongScreenshot extends Application {
    private static final List<String> SAID = List.of(
            "So the question we kept getting was: is my extension ready for free-threaded Python?",
            "And the honest answer, for most of last year, was: we don't know yet.",
            "The global interpreter lock made a lot of C code thread-safe by accident, without anyone noticing.",
            "Take that lock away and every static variable in your module becomes shared state.",
            "We started by building wheels for the free-threaded 3.13 build in CI.",
            "That alone found crashes in about a third of the packages we tried.",
            "Most of them were in code that caches something the first time it runs.",
            "Two threads both see the cache empty, both fill it, and one of them frees it.",
            "The fix is usually small: a critical section, or an atomic compare and swap.",
            "But finding it needs a test that really runs threads at the same time.",
            "So we wrote a little pytest plugin that runs each test in eight threads at once.",
            "It is not a proof of anything, but it shakes out the obvious races.",
            "NumPy was the big one, because so much of the ecosystem sits on top of it.",
            "Nathan spent weeks on the ufunc loops and the dtype caches.",
            "Then there is the question of what the module declares when it is imported.",
            "If a module does not say it supports running without the global interpreter lock, the interpreter turns it back on.",
            "That is a safety net, and it is also why people think nothing got faster.",
            "You can check it with sys dot underscore is gil enabled at run time.",
            "We keep a table of the top packages and their status on the website.",
            "Green means tested in CI with the free-threaded build, and a wheel on PyPI.",
            "Yellow means it imports and the tests pass, but nobody has looked at the races.",
            "Red means it crashes, or it re-enables the GIL on import.",
            "Cython got support for marking modules as free-threading compatible.",
            "PyO3 did as well, and David will tell you more about that in his talk.",
            "Where it gets hard is code that hands out borrowed references.",
            "With the global interpreter lock held, nothing could free the object between the call and your use of it.",
            "Without it, another thread can, so the new APIs return strong references instead.",
            "Performance on one thread is a few percent slower, and getting better every release.",
            "On eight cores, a CPU-bound thread pool now scales almost linearly.",
            "That is the part people get excited about, and rightly so.",
            "If you maintain a package, the first step is just to add the build to your CI matrix.",
            "Run your tests, see what breaks, and open an issue on our tracker if you are stuck.",
            "We are a small group, and most of this work is volunteers in their evenings.",
            "So if your company depends on these packages, funding this work helps everyone.",
            "Thank you, and I think we have a few minutes for questions.");

    /** The entry point: a class that is no Application, so the JavaFX classes may come from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ReadAlongScreenshot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("talkshelf-readalong-");
        Services services = Library.open(dir.resolve("library.db"), Clock.systemUTC());
        SampleLibrary.importInto(services);
        Talk talk = services.search().search("Unraveling Community Support", 0, 1).talks().get(0);
        Path clip = dir.resolve("free-threading.mp4");
        // One small frame a second: twenty minutes of video made in a moment.
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-f", "lavfi",
                "-i", "testsrc=duration=1200:size=64x48:rate=1", "-c:v", "mpeg4", clip.toString()).inheritIO().start();
        if (ffmpeg.waitFor() != 0) {
            throw new IllegalStateException("ffmpeg could not make the clip");
        }
        services.library().setMedia(talk.id(), clip.toString());
        services.transcripts().attach(talk.id(), transcript(dir.resolve("free-threading.en.vtt")));
        Preferences headlessMpv = new Preferences(90, 2, Map.of(MediaKind.LOCAL_FILE.name(), "mpv"), "--vo=null --ao=null", false);
        headlessMpv.applyTo(services.settings());

        FxTaskRunner tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(services, tasks, new ServicePlayback(services.player()), Desktop.NONE, null,
                WindowSettings.DEFAULTS.withPreferences(headlessMpv).withSearchSaid(true).withDividers(0.17, 0.6));
        stage.setTitle("TalkShelf");
        stage.setScene(new Scene(window.root(), 1440, 900));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        window.model().searchBar().queryProperty().set("global interpreter lock");
        selectAndPlayWhenFound(stage, window, talk);
    }

    /** Once the search shows the talk (the machine may be busy), selects it and plays it from 1:35. */
    private static void selectAndPlayWhenFound(Stage stage, MainWindow window, Talk talk) {
        PauseTransition later = new PauseTransition(javafx.util.Duration.seconds(1));
        later.setOnFinished(e -> {
            @SuppressWarnings("unchecked")
            TableView<LazyRow> table = (TableView<LazyRow>) stage.getScene().lookup("#talks");
            if (table.getItems().size() != 1 || table.getItems().get(0).row() == null
                    || !table.getItems().get(0).row().talk().id().equals(talk.id())) {
                selectAndPlayWhenFound(stage, window, talk);
                return;
            }
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
            window.model().talks().playAt(table.getItems().get(0).row().talk(), Duration.ofSeconds(95));
        });
        later.play();
    }

    /** The sentences said one after another, each for as long as it takes to say. */
    private static Path transcript(Path file) throws IOException {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        long start = 0;
        for (int i = 0; i < SAID.size(); i++) {
            long length = 4 + SAID.get(i).length() / 20;
            vtt.append(clock(start)).append(" --> ").append(clock(start + length)).append('\n')
                    .append(SAID.get(i)).append("\n\n");
            start += length;
        }
        return Files.writeString(file, vtt.toString());
    }

    private static String clock(long seconds) {
        return String.format("%02d:%02d:%02d.000", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
