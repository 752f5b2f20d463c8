package dev.talkshelf.ui.playlist;

import dev.talkshelf.model.DurationText;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Fill to a time budget" form: a name, the search the talks come from, and the time the user has. The name
 * follows the budget ("Next 2h") until the user writes a name of their own; a budget that is not a length of time
 * says so at once, so the dialog never sends one.
 */
public final class BudgetPlaylistViewModel {
    static final String FIRST_BUDGET = "90m";

    /** What the form asks for, checked: a name, the search the talks come from, a positive length. */
    public record Request(String name, String query, Duration budget) {
    }

    private final StringProperty name = new SimpleStringProperty(this, "name", suggestedName(FIRST_BUDGET));
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty budget = new SimpleStringProperty(this, "budget", FIRST_BUDGET);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** {@code currentQuery}: the window's search, which the form starts from (null when there is none). */
    public BudgetPlaylistViewModel(String currentQuery) {
        query.set(currentQuery == null ? "" : currentQuery);
        budget.addListener((o, before, now) -> {
            if (suggestedName(before).equals(name.get())) {
                name.set(suggestedName(now));
            }
        });
        budget.addListener(o -> check());
        name.addListener(o -> check());
        query.addListener(o -> check());
        check();
    }

    /** The name the form proposes for a budget, kept in step with it until the user edits the name. */
    static String suggestedName(String budget) {
        return "Next " + (budget == null ? "" : budget.strip());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    /** Why the form cannot be sent yet ("" when it can), shown under the fields. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The request to send, or empty while {@link #problemProperty()} names a problem. */
    public Optional<Request> request() {
        Optional<Duration> length = length();
        if (length.isEmpty() || isBlank(name.get()) || isBlank(query.get())) {
            return Optional.empty();
        }
        return Optional.of(new Request(name.get().strip(), query.get().strip(), length.get()));
    }

    private Optional<Duration> length() {
        return DurationText.parse(budget.get() == null ? "" : budget.get().strip())
                .filter(d -> !d.isZero() && !d.isNegative());
    }

    private void check() {
        if (isBlank(name.get())) {
            problem.set("Give the playlist a name");
        } else if (isBlank(query.get())) {
            problem.set("Type the search the talks come from, e.g. tag:python");
        } else if (length().isEmpty()) {
            problem.set("\"" + budget.get().strip() + "\" is not a length of time: write it like 90m, 2h or 1:30:00");
        } else {
            problem.set("");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
