package dev.talkshelf.service;

/** An edit whose undo is a single action captured when it was made. */
record SimpleEdit(String description, Runnable undoAction) implements Edit {
    @Override
    public void undo() {
        undoAction.run();
    }
}
