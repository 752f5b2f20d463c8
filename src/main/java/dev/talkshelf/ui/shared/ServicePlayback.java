package dev.talkshelf.ui.shared;

import dev.talkshelf.model.Talk;
import dev.talkshelf.player.PlaybackListener;
import dev.talkshelf.player.PlaybackReport;
import dev.talkshelf.service.PlayOptions;
import dev.talkshelf.service.PlayService;
import java.time.Duration;
import java.util.List;

/** Plays through the play service: one talk in the configured player, its progress stored as it goes. */
public final class ServicePlayback implements Playback {
    private final PlayService player;

    public ServicePlayback(PlayService player) {
        this.player = player;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void play(Talk talk, Duration from, Runnable progressed, Runnable ended) {
        PlayOptions options = from == null ? PlayOptions.RESUME : PlayOptions.at(from);
        player.play(List.of(talk.id()), options, new PlaybackListener() {
            @Override
            public void progress(dev.talkshelf.model.TalkId id, Duration position, Duration duration) {
                progressed.run();
            }

            @Override
            public void finished(PlaybackReport report) {
                ended.run();
            }
        });
    }

    @Override
    public void playAll(List<Talk> talks, Runnable ended) {
        List<dev.talkshelf.model.TalkId> ids = talks.stream().map(Talk::id).toList();
        player.play(ids, PlayOptions.RESUME, report -> ended.run());
    }
}
