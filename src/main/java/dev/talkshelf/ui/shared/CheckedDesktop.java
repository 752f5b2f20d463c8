package dev.talkshelf.ui.shared;

import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.service.PlayService;

/**
 * The window's way outside: every Open, Open link and Show file passes the same checks as playing (a local video
 * or audio file that exists, not on a network share unless allowed; links only http(s)) before the system sees
 * it, off the FX thread (a file check can be slow). A refusal is reported with the media and the reason.
 */
public final class CheckedDesktop implements Desktop {
    private final Desktop system;
    private final PlayService media;
    private final TaskRunner tasks;
    private final UserErrors errors;

    public CheckedDesktop(Desktop system, PlayService media, TaskRunner tasks, UserErrors errors) {
        this.system = system;
        this.media = media;
        this.tasks = tasks;
        this.errors = errors;
    }

    @Override
    public void open(String uriOrPath) {
        tasks.run(() -> media.openable(uriOrPath), checked -> system.open(checked.text()),
                e -> errors.report("open the talk's media", e, null));
    }

    @Override
    public void browse(String link) {
        tasks.run(() -> media.webLink(link), checked -> system.browse(checked.text()),
                e -> errors.report("open the link", e, null));
    }

    @Override
    public void showFolderOf(String path) {
        tasks.run(() -> media.openable(path), checked -> {
            if (checked instanceof MediaLocation.LocalFile file) {
                system.showFolderOf(file.text());
            }
        }, e -> errors.report("show the file", e, null));
    }
}
