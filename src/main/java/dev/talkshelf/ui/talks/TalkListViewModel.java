package dev.talkshelf.ui.talks;

import dev.talkshelf.service.SearchPage;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.ui.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The talk list: what is typed in the search field, the rows that match, and a status line. Searches run
 * debounced on the task runner; a result that arrives after a newer search started is dropped.
 */
public final class TalkListViewModel {
    static final long DEBOUNCE_MILLIS = 150;
    static final int PAGE = 500;

    private final SearchService search;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<TalkRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private long generation;

    public TalkListViewModel(SearchService search, TaskRunner tasks) {
        this.search = search;
        this.tasks = tasks;
        query.addListener((obs, old, now) -> tasks.debounce(this, DEBOUNCE_MILLIS, this::refresh));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<TalkRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Runs the current query now. */
    public void refresh() {
        long mine = ++generation;
        String text = query.get();
        tasks.run(() -> {
            SearchPage page = search.search(text, 0, PAGE);
            return new Result(page, page.talks().stream().map(TalkRow::of).toList());
        }, result -> {
            if (mine != generation) {
                return; // a newer search is under way; this one is stale
            }
            rows.setAll(result.rows());
            status.set(describe(result.page()));
        }, error -> {
            if (mine == generation) {
                status.set(error.getMessage() == null ? "search failed" : error.getMessage());
            }
        });
    }

    static String describe(SearchPage page) {
        long total = page.total();
        String count = total == 1 ? "1 talk" : total + " talks";
        return page.talks().size() < total ? count + " (showing the first " + page.talks().size() + ")" : count;
    }

    private record Result(SearchPage page, java.util.List<TalkRow> rows) {
    }
}
