package dev.talkshelf.ui;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.talks.TalkListView;
import dev.talkshelf.ui.talks.TalkListViewModel;
import javafx.scene.Parent;

/** The window's content for one open library. */
public final class MainWindow {
    private final TalkListViewModel talks;
    private final TalkListView talksView;

    public MainWindow(Services services, TaskRunner tasks) {
        this.talks = new TalkListViewModel(services.search(), tasks);
        this.talksView = new TalkListView(talks);
        talks.refresh();
    }

    public Parent root() {
        return talksView.root();
    }
}
