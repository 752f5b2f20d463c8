package dev.talkshelf.ui.imports;

import dev.talkshelf.service.ImportCancelledException;
import dev.talkshelf.service.ImportMerge;
import dev.talkshelf.service.ImportService;
import dev.talkshelf.service.ImportSummary;
import dev.talkshelf.service.TitlePreview;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Imports in the window: files and folders (picked or dropped) and pasted titles. One import at a time, off
 * the FX thread, with progress and Cancel; the import is all or nothing, so a cancel leaves the library as it was
 * (what it had stored is taken back), and undo takes a finished import back, merges included.
 */
public final class ImportViewModel {
    private static final long PROGRESS_EVERY_MS = 80;

    private final ImportService imports;
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final Runnable libraryChanged;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    /**
     * How an import ended, in words for the summary dialog; {@code matches} has a line per incoming talk found
     * already in the library (merged or skipped), with the talk it went into and why.
     */
    public record Outcome(Kind kind, String headline, String details, List<String> matches) {
        public enum Kind { DONE, CANCELLED, FAILED }

        public Outcome {
            matches = List.copyOf(matches);
        }

        public Outcome(Kind kind, String headline, String details) {
            this(kind, headline, details, List.of());
        }
    }

    public ImportViewModel(ImportService imports, TaskRunner tasks, UserErrors errors, Runnable libraryChanged) {
        this.imports = imports;
        this.tasks = tasks;
        this.errors = errors;
        this.libraryChanged = libraryChanged;
    }

    /** Imports files or folders in whatever format each is (detected). */
    public void importPaths(List<Path> sources) {
        if (sources.isEmpty() || running.get()) {
            return;
        }
        String what = sources.size() == 1 ? sources.get(0).getFileName().toString() : sources.size() + " files";
        start("Importing " + what + "…");
        AtomicBoolean mine = cancel;
        AtomicLong lastPost = new AtomicLong();
        tasks.run(() -> imports.importPaths(sources, null, false, (done, total) -> {
            long now = System.nanoTime() / 1_000_000;
            long last = lastPost.get();
            if (now - last >= PROGRESS_EVERY_MS && lastPost.compareAndSet(last, now)) {
                tasks.onUi(() -> showProgress(done, total));
            }
        }, mine::get), this::finished, this::failed);
    }

    /**
     * Imports a YouTube playlist, channel tab or video from its link (yt-dlp lists it); the strip shows that yt-dlp
     * is asked, then the storing, and Cancel stops yt-dlp too.
     */
    public void importLink(String url) {
        if (url == null || url.isBlank() || running.get()) {
            return;
        }
        start("Asking yt-dlp for " + shortened(url.strip()) + "…");
        AtomicBoolean mine = cancel;
        AtomicLong lastPost = new AtomicLong();
        tasks.run(() -> imports.importLink(url.strip(), false, (done, total) -> {
            long now = System.nanoTime() / 1_000_000;
            long last = lastPost.get();
            if (now - last >= PROGRESS_EVERY_MS && lastPost.compareAndSet(last, now)) {
                tasks.onUi(() -> showProgress(done, total));
            }
        }, mine::get), this::finished, this::failed);
    }

    private static String shortened(String url) {
        return url.length() <= 60 ? url : url.substring(0, 57) + "...";
    }

    /** Imports the checked rows of the paste dialog, as corrected. */
    public void importTitles(List<TitlePreview> rows) {
        if (rows.isEmpty() || running.get()) {
            return;
        }
        start("Importing " + rows.size() + " titles…");
        tasks.run(() -> imports.importTitles(rows), this::finished, this::failed);
    }

    /** Stops the running import; it rolls back at its next check. */
    public void cancel() {
        cancel.set(true);
        progressText.set("Cancelling…");
    }

    public void dismissOutcome() {
        outcome.set(null);
    }

    private void start(String text) {
        cancel = new AtomicBoolean();
        outcome.set(null);
        running.set(true);
        progress.set(-1);
        progressText.set(text);
    }

    private void showProgress(long done, long total) {
        if (!running.get() || cancel.get()) {
            return;
        }
        progress.set(total > 0 ? Math.min(1, (double) done / total) : -1);
        progressText.set(total > 0 ? String.format("%,d of %,d talks", done, total) : String.format("%,d read", done));
    }

    private void finished(ImportSummary summary) {
        running.set(false);
        outcome.set(describe(summary));
        libraryChanged.run();
    }

    private void failed(Throwable e) {
        running.set(false);
        if (e instanceof ImportCancelledException) {
            outcome.set(new Outcome(Outcome.Kind.CANCELLED, "Import cancelled", "Nothing was imported; the library is as it was."));
        } else {
            outcome.set(new Outcome(Outcome.Kind.FAILED, "Nothing was imported",
                    dev.talkshelf.ui.shared.UserErrors.messageOf(e) + "\n\nThe import is all or nothing, so the library is as it was."));
        }
    }

    /** The summary dialog's words: "Added 12 talks", then merged, skipped and playlists, and the list of merges. */
    public static Outcome describe(ImportSummary s) {
        String headline = s.added() == 0 && s.merged() == 0 ? "Nothing new to import"
                : "Added " + s.added() + (s.added() == 1 ? " talk" : " talks");
        StringBuilder details = new StringBuilder();
        details.append("Added: ").append(s.added()).append('\n');
        details.append("Merged into talks already here: ").append(s.merged()).append('\n');
        details.append("Skipped (already here, nothing new): ").append(s.skipped());
        if (!s.playlists().isEmpty()) {
            details.append("\nPlaylists: ").append(String.join(", ", s.playlists()));
        }
        if (s.merged() > 0) {
            details.append("\n\nUndo (Ctrl+Z) takes the whole import back, merges included.");
        }
        List<String> matches = s.matches().stream().map(ImportViewModel::matchLine).toList();
        return new Outcome(Outcome.Kind.DONE, headline, details.toString(), matches);
    }

    /** "Merged “Rust in 2024” into #12 “Rust in 2024 (PyCon)”: same video". */
    static String matchLine(ImportMerge m) {
        return (m.changed() ? "Merged “" : "Skipped “") + m.incoming() + "” " + (m.changed() ? "into" : "— already here as")
                + " #" + m.into().value() + " “" + m.title() + "”: " + m.why();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1; -1 while the total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    ImportService service() {
        return imports;
    }

    TaskRunner tasks() {
        return tasks;
    }

    UserErrors errors() {
        return errors;
    }
}
