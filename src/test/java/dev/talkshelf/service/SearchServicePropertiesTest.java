package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.FacetStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import dev.talkshelf.catalog.TempFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever is typed into the search field, the answer is results or an error a person can read. */
class SearchServicePropertiesTest {
    private static Path dir;
    private static Database db;
    private static SearchService search;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("talkshelf-property");
        Clock clock = Clock.systemUTC();
        db = Database.open(dir.resolve("library.talkshelf"), clock);
        TalkStore talks = new TalkStore(db, clock);
        PlaylistStore playlists = new PlaylistStore(db, clock);
        talks.insert(Talk.titled("Free-threaded Python").withSpeakers(List.of("Łukasz Langa")).withYear(2024)
                .withTags(List.of("python/free-threading")).withDuration(Duration.ofMinutes(30)).withMedia("/v/a.mp4"), null);
        talks.insert(Talk.titled("NEAR \"quotes\" AND (parens)").withDescription("col:umn * ^ {x}"), null);
        playlists.create("Later", null);
        playlists.create("Smart", "python year:>=2020");
        search = new SearchService(new TalkSearch(db), talks, new FacetStore(db), new dev.talkshelf.catalog.TalkAggregates(db), playlists,
                new dev.talkshelf.catalog.CueSearch(db), clock);
    }

    @AfterContainer
    static void close() throws IOException {
        db.close();
        TempFolders.delete(dir);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("python", "Łukasz", "lukasz", "café", "\"", "(", ")", ":", "-", "*", "^", "{", "}", "+",
                        "NEAR", "near(", "AND", "or", "not", "OR", "..", ">=", "<", "=", "'", ";", "--", "\\", "\u0000",
                        "title:", "speaker:", "tag:", "tag:=", "year:", "status:", "duration:", "rating:", "playlist:",
                        "added:", "has:", "foo:", "2020", "1h30m", "30d", "today", "Later", "Smart", "file", "🐍", "日本語",
                        "\u0301", "ǅ", "ᴀ", "²"),
                Arbitraries.strings().ofMaxLength(6));
        return pieces.list().ofMaxSize(8).flatMap(list -> Arbitraries.of(" ", "", "  ").list().ofSize(list.size())
                .map(seps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < list.size(); i++) {
                        sb.append(list.get(i)).append(seps.get(i));
                    }
                    return sb.toString();
                }));
    }

    @Property(tries = 600)
    void anyQueryGivesResultsOrAReadableError(@ForAll("queries") String query) {
        try {
            search.search(query, 0, 20);
            search.facets(query);
        } catch (InvalidQueryException e) {
            if (e.getMessage().contains("SQL") || e.getMessage().contains("fts5") || e.column() < 1) {
                throw new AssertionError("not a readable error: " + e.getMessage(), e);
            }
        }
    }

    @Property(tries = 300)
    void anyStringGivesResultsOrAReadableError(@ForAll String query) {
        try {
            search.search(query, 0, 20);
        } catch (InvalidQueryException e) {
            if (e.column() < 1) {
                throw new AssertionError("no column: " + e.getMessage(), e);
            }
        }
    }
}
