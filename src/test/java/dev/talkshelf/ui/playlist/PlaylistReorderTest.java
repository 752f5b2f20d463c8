package dev.talkshelf.ui.playlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.cli.OtherTalkShelf;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import dev.talkshelf.ui.shared.UserError;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dragging talks in an open playlist while another TalkShelf reorders the same playlist. */
class PlaylistReorderTest {
    @TempDir
    Path dir;
    Services services;
    PlaylistViewModel view;
    OtherTalkShelf cli;
    TalkId a;
    TalkId b;
    TalkId c;
    TalkId d;
    final List<UserError> errors = new ArrayList<>();

    @BeforeEach
    void playlistOfFourOpenInTheWindow() {
        services = Library.open(dir.resolve("library.db"), Clock.systemUTC());
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Alpha"), Talk.titled("Beta"),
                Talk.titled("Gamma"), Talk.titled("Delta")))), false);
        List<TalkId> ids = services.search().search("", 0, 10).talks().stream().map(Talk::id).sorted(
                Comparator.comparingLong(TalkId::value)).toList();
        a = ids.get(0);
        b = ids.get(1);
        c = ids.get(2);
        d = ids.get(3);
        services.playlists().create("study");
        services.playlists().add("study", List.of(a, b, c, d));
        cli = new OtherTalkShelf(services.libraryFile());
        view = new PlaylistViewModel(services.playlists(), services.exports(), services.search(), new SameThreadTaskRunner(),
                new UserErrors(errors::add), Playback.NONE, () -> view.reload());
        view.open("study");
        assertEquals(List.of(a, b, c, d), shown());
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private List<TalkId> shown() {
        return view.talks().stream().map(Talk::id).toList();
    }

    private List<TalkId> stored() {
        return services.playlists().show("study").talks().stream().map(Talk::id).toList();
    }

    @Test
    void aDragAfterAnotherPartysMoveLandsBelowTheTalkItWasDroppedUnder() {
        cli.run("playlist", "move", "study", d.toString(), "1"); // now d a b c; the window still shows a b c d

        view.move(a, 2); // the user drops a under c, as shown: b c a d

        assertEquals(List.of(d, b, c, a), stored(), "d stays first (the other move), a sits right under c (this one)");
        assertEquals(stored(), shown(), "the view shows the order as stored");
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void aDragToTheTopPutsTheTalkFirstWhateverMovedMeanwhile() {
        cli.run("playlist", "move", "study", a.toString(), "4"); // now b c d a

        view.move(c, 0);

        assertEquals(List.of(c, b, d, a), stored());
    }

    @Test
    void undoOfADragMovesOnlyThatTalkBack() {
        view.move(d, 0); // d a b c
        cli.run("playlist", "move", "study", b.toString(), "4"); // d a c b

        services.library().undo();

        assertEquals(List.of(a, c, d, b), stored(), "d goes back under c, where it was before the drag");
    }

    @Test
    void aDropUnderATalkThatLeftMeanwhileChangesNothingAndShowsTheStoredOrder() {
        cli.run("playlist", "remove", "study", b.toString()); // now a c d

        view.move(d, 2); // dropped under b, as shown: a b d c

        assertEquals(List.of(a, c, d), stored());
        assertEquals(stored(), shown());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("left \"study\""), errors.get(0).message());
    }
}
