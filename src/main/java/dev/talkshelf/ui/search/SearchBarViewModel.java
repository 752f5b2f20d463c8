package dev.talkshelf.ui.search;

import dev.talkshelf.service.InvalidQueryException;
import dev.talkshelf.ui.shared.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The search field: the text, searched about 150 ms after the last key, the syntax error of the last search
 * (with the column it points at), and the recent searches.
 */
public final class SearchBarViewModel {
    public static final long DEBOUNCE_MILLIS = 150;

    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper errorColumn = new ReadOnlyIntegerWrapper(this, "errorColumn", 0);
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ObservableList<String> recentView = FXCollections.unmodifiableObservableList(recent);
    private Consumer<String> onSearch = q -> { };
    private final BooleanProperty wordsSaid = new SimpleBooleanProperty(this, "wordsSaid");
    private boolean restoring;

    public SearchBarViewModel(TaskRunner tasks, List<String> recentSearches) {
        this.tasks = tasks;
        recent.setAll(recentSearches);
        query.addListener((obs, old, now) -> tasks.debounce(this, DEBOUNCE_MILLIS, this::searchNow));
        wordsSaid.addListener((obs, old, now) -> {
            if (!restoring) {
                searchNow();
            }
        });
    }

    /** Who runs the search (the window's view model). */
    public void onSearch(Consumer<String> action) {
        this.onSearch = action;
    }

    /** "Search what was said": plain words also find talks where they were said (their transcripts). Switching searches again. */
    public BooleanProperty wordsSaidProperty() {
        return wordsSaid;
    }

    /** Sets the switch as the window last left it, before the first search, without searching. */
    public void restoreWordsSaid(boolean on) {
        restoring = true;
        try {
            wordsSaid.set(on);
        } finally {
            restoring = false;
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Empty while the query is fine; otherwise what is wrong with it. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** 1-based column the error points at; 0 when there is no error or no column. */
    public ReadOnlyIntegerProperty errorColumnProperty() {
        return errorColumn.getReadOnlyProperty();
    }

    public ObservableList<String> recent() {
        return recentView;
    }

    /** Runs the search at once (Enter), skipping the debounce. */
    public void searchNow() {
        onSearch.accept(query.get());
    }

    /** Enter: search now and remember the query. */
    public void commit() {
        remember();
        searchNow();
    }

    public void remember() {
        recent.setAll(RecentSearches.add(recent, query.get()));
    }

    public void clear() {
        query.set("");
    }

    public void showError(InvalidQueryException e) {
        error.set(e.getMessage());
        errorColumn.set(Math.max(0, e.column()));
    }

    public void clearError() {
        error.set("");
        errorColumn.set(0);
    }

    /** "tag:pyhton (" with column 13 -> a caret under the 13th character, for the inline error line. */
    public static String pointer(String query, int column) {
        if (column <= 0) {
            return "";
        }
        return " ".repeat(Math.min(column - 1, query.length())) + "^";
    }
}
