package dev.talkshelf.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import dev.talkshelf.ui.talks.FirstPage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's start on the sample library: the first page of talks goes alone; the rest follows its rows. */
class MainWindowViewModelTest {
    @TempDir
    Path dir;
    Services services;
    HeldTasks tasks = new HeldTasks();
    MainWindowViewModel window;

    @BeforeEach
    void open() {
        services = TestLibrary.sample(dir);
        window = new MainWindowViewModel(services, tasks, Playback.NONE, Desktop.NONE, List.of());
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void theFirstPageIsTheOnlyWorkQueuedAtStart() {
        window.start();

        assertEquals(1, tasks.queued.size(), "the first page goes to the worker alone");
        assertTrue(tasks.delayed.isEmpty());
        tasks.runQueued();
        assertEquals(20, window.talks().rowsProperty().get().size());
        assertTrue(window.sidebar().speakers().isEmpty(), "the sidebar's counts wait for the first rows");
        assertEquals(-1, window.libraryCountProperty().get());
    }

    @Test
    void theSidebarStatusAndCountsLoadOnceTheFirstPageIsIn() {
        window.start();
        tasks.runQueued();

        assertEquals(List.of(MainWindowViewModel.REST_AFTER_FIRST_PAGE_MILLIS), tasks.delays);
        tasks.runDelayed();
        tasks.runQueued();

        assertFalse(window.sidebar().speakers().isEmpty());
        assertFalse(window.sidebar().playlists().isEmpty());
        assertEquals(20, window.libraryCountProperty().get());
        assertTrue(window.status().summaryProperty().get().startsWith("20 talks"), window.status().summaryProperty().get());
    }

    @Test
    void aFirstPageFetchedWithTheLibraryIsShownAtOnceAndTheRestFollows() {
        FirstPage ready = FirstPage.fetch(services.search(), "", false);

        window.start(ready);

        assertEquals(20, window.talks().rowsProperty().get().size(), "the rows are there before any work ran");
        assertTrue(tasks.queued.isEmpty(), "no search went to the worker");
        assertFalse(window.talks().loadingProperty().get());
        assertEquals(List.of(MainWindowViewModel.REST_AFTER_FIRST_PAGE_MILLIS), tasks.delays);
        tasks.runDelayed();
        tasks.runQueued();
        assertEquals(20, window.libraryCountProperty().get());
        assertFalse(window.sidebar().speakers().isEmpty());
    }

    @Test
    void aFirstPageOfAnotherSearchIsNotShown() {
        FirstPage other = FirstPage.fetch(services.search(), "hewitt", false);

        window.start(other);

        assertEquals(0, window.talks().rowsProperty().get().size());
        assertEquals(1, tasks.queued.size(), "the window asks for its own first page");
        tasks.runQueued();
        assertEquals(20, window.talks().rowsProperty().get().size());
    }

    @Test
    void aTalkChosenInTheListShowsItsLongDescriptionAndKeepsItThroughTheListsEdits() {
        String description = ("How the cache keeps hot keys close and why the eviction order matters more than its "
                + "size, measured on real traffic. ").repeat(4).strip();
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Caches in Python")
                .withDescription(description)))), false);
        MainWindowViewModel at = new MainWindowViewModel(services, new SameThreadTaskRunner(), Playback.NONE,
                Desktop.NONE, List.of());
        at.start();
        at.talks().show("caches");

        at.talks().select(List.of(0), 0);

        assertEquals(description, at.details().descriptionProperty().get(), "the pane reads the talk whole");
        TalkId id = at.details().talkProperty().get().id();
        at.talks().changeTopics("+rust");
        at.details().rate(4);
        assertEquals(description, services.library().talk(id).orElseThrow().description());
        assertEquals(description, at.details().descriptionProperty().get());
        assertTrue(at.talks().currentProperty().get().listed(), "the list's own copy was read without it");
    }

    /** Holds work until the test runs it, so the order of what the window asks for can be seen. */
    static final class HeldTasks implements TaskRunner {
        final Deque<Runnable> queued = new ArrayDeque<>();
        final Deque<Runnable> delayed = new ArrayDeque<>();
        final List<Long> delays = new ArrayList<>();
        private static final TaskRunner AT_ONCE = new SameThreadTaskRunner();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> AT_ONCE.run(work, onSuccess, onFailure));
        }

        @Override
        public void debounce(Object key, long delayMillis, Runnable action) {
            delays.add(delayMillis);
            delayed.add(action);
        }

        void runQueued() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }

        void runDelayed() {
            while (!delayed.isEmpty()) {
                delayed.poll().run();
            }
        }
    }
}
