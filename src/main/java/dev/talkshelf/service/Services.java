package dev.talkshelf.service;

import java.nio.file.Path;

/** Everything users can do with one open library; built once by the app, closed with the library. */
public record Services(
        Path libraryFile,
        LibraryService library,
        SearchService search,
        WatchService watch,
        ImportService imports,
        ExportService exports,
        PlaylistService playlists,
        PlayService player,
        TranscriptService transcripts,
        Settings settings,
        AutoCloseable closer) implements AutoCloseable {

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
