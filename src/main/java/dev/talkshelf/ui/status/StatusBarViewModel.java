package dev.talkshelf.ui.status;

import dev.talkshelf.model.TalkSummary;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.ui.shared.Durations;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/** The line at the bottom: how many talks match, how many of them are watched, the time left; and news of the last action. */
public final class StatusBarViewModel {
    /** Shown while an edit waits for another TalkShelf: a quiet state, not an error. */
    public static final String WAITING = "Waiting for another TalkShelf to finish…";

    private final SearchService search;
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting", false);
    private String loadedFor = "";
    /** Bumped on the FX thread per load; read by the worker to skip sums already asked for again. */
    private volatile long generation;

    public StatusBarViewModel(SearchService search, TaskRunner tasks) {
        this.search = search;
        this.tasks = tasks;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A short note on what just happened ("Undid: mark 3 talks watched"). */
    public StringProperty messageProperty() {
        return message;
    }

    /** True while an edit waits (more than a second so far) for another TalkShelf writing to the library. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** On the FX thread: an edit started or stopped waiting for the library. */
    public void libraryBusy(boolean busy) {
        waiting.set(busy);
    }

    private volatile boolean wordsSaid;

    /** Whether plain words also find talks by what was said in them (the search bar's switch). */
    public void setWordsSaid(boolean on) {
        wordsSaid = on;
    }

    public void load(String query) {
        loadedFor = query;
        long mine = ++generation;
        boolean said = wordsSaid;
        tasks.run(() -> mine == generation ? search.summary(query, said) : null, s -> {
            if (mine == generation && s != null) {
                summary.set(describe(s));
            }
        }, error -> {
            // The list beside it reports the same search's failure; stale figures would mislead, so they go.
            if (mine == generation) {
                summary.set("");
            }
            UserErrors.logOnly("sum up the search").accept(error);
        });
    }

    public void reload() {
        load(loadedFor);
    }

    static String describe(TalkSummary s) {
        String count = s.talks() == 1 ? "1 talk" : String.format("%,d talks", s.talks());
        String watched = String.format("%,d watched", s.watched());
        String line = count + "  ·  " + watched;
        return s.remaining().isZero() ? line : line + "  ·  " + Durations.span(s.remaining()) + " left to watch";
    }
}
