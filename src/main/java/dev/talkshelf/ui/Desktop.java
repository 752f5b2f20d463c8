package dev.talkshelf.ui;

/** Opening things outside TalkShelf: a web page in the browser, a file or its folder in the file manager. */
public interface Desktop {

    void open(String uriOrPath);

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
