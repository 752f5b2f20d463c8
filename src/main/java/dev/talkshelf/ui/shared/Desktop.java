package dev.talkshelf.ui.shared;

/**
 * Opening things outside TalkShelf: a web page in the browser, a file or its folder in the file manager. The
 * app's implementation hands what it is given to the system as it is; the window wraps it in a
 * {@link CheckedDesktop}, so only media that passed the checks ever gets there.
 */
public interface Desktop {

    /** Opens a talk's media: an http(s) link in the browser, a local video or audio file in its application. */
    void open(String uriOrPath);

    /** Opens an http(s) link in the browser ("Open link"); a checking desktop refuses anything else. */
    default void browse(String link) {
        open(link);
    }

    /** Shows the folder that holds {@code path}. */
    void showFolderOf(String path);

    Desktop NONE = new Desktop() {
        @Override
        public void open(String uriOrPath) {
        }

        @Override
        public void showFolderOf(String path) {
        }
    };
}
