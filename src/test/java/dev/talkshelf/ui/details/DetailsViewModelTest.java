package dev.talkshelf.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.cli.OtherTalkShelf;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import dev.talkshelf.ui.shared.UserError;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details pane's edits on a real library file, while another TalkShelf changes the same talk. */
class DetailsViewModelTest {
    @TempDir
    Path dir;
    Services services;
    DetailsViewModel pane;
    TalkId talk;
    OtherTalkShelf cli;
    final List<UserError> errors = new ArrayList<>();

    @BeforeEach
    void paneShowingOneTalk() {
        services = Library.open(dir.resolve("library.db"), Clock.systemUTC());
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(
                Talk.titled("Fearless concurrency").withTags(List.of("python"))))), false);
        talk = services.search().search("", 0, 1).talks().get(0).id();
        cli = new OtherTalkShelf(services.libraryFile());
        pane = new DetailsViewModel(services.library(), services.watch(), new SameThreadTaskRunner(),
                new UserErrors(errors::add), () -> pane.reload(), (t, at) -> { }, Desktop.NONE);
        pane.show(services.library().talk(talk).orElseThrow());
        assertEquals(List.of("python"), pane.topics());
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private Talk stored() {
        return services.library().talk(talk).orElseThrow();
    }

    @Test
    void aTopicTheCliAddedAfterTheTalkWasShownSurvivesTheNextTopicAddedInThePane() {
        cli.run("tag", talk.toString(), "+rust");

        pane.addTopic("testing");

        assertEquals(Set.of("python", "rust", "testing"), Set.copyOf(stored().tags()));
        assertEquals(Set.of("python", "rust", "testing"), Set.copyOf(pane.topics()), "the pane shows the talk as stored");
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void aTopicTheCliAddedAfterTheTalkWasShownSurvivesATopicRemovedInThePane() {
        cli.run("tag", talk.toString(), "+rust");

        pane.removeTopic("python");

        assertEquals(List.of("rust"), stored().tags());
    }

    @Test
    void undoOfATopicAddedInThePaneKeepsATopicTheCliAddedLater() {
        pane.addTopic("testing");
        cli.run("tag", talk.toString(), "+rust");

        services.library().undo();

        assertEquals(List.of("python", "rust"), stored().tags());
    }

    @Test
    void ratingInThePaneKeepsAMarkTheCliMadeAfterTheTalkWasShown() {
        cli.run("mark", talk.toString(), "watched");

        pane.rate(4);

        assertEquals(4, stored().rating());
        assertEquals(WatchStatus.WATCHED, stored().status());
    }
}
