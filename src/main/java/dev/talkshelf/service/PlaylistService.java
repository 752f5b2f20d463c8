package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.DuplicateNameException;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.SearchTooSlowException;
import dev.talkshelf.catalog.TalkFilter;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.PlaylistView;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Study playlists. A manual playlist is an ordered list of talks (a talk may sit in many); a smart playlist
 * is the live result of a saved query, in the query's order. Progress is counted in SQL, so a smart playlist
 * over a large library never loads all its talks. Every edit can be undone through the shared {@link EditHistory}.
 * The rules for progress, "next" and budgets are in docs/playlists.md.
 */
public final class PlaylistService {
    private static final int PAGE = 200;

    private final Database db;
    private final PlaylistStore playlists;
    private final TalkStore talks;
    private final SearchService search;
    private final EditHistory edits;

    public PlaylistService(Database db, PlaylistStore playlists, TalkStore talks, SearchService search, EditHistory edits) {
        this.db = db;
        this.playlists = playlists;
        this.talks = talks;
        this.search = search;
        this.edits = edits;
    }

    /**
     * Every playlist, by name, with its progress. A smart playlist whose saved query cannot be run is listed as
     * broken, with the reason and no progress; the others are listed as usual.
     */
    public List<PlaylistSummary> list() {
        List<PlaylistSummary> result = new ArrayList<>();
        Map<Long, PlaylistProgress> manual = playlists.progressOfManual();
        List<Playlist> all = playlists.all();
        // Each saved query compiled once (it was twice for a smart playlist not counted with others).
        Map<Long, TalkFilter> filters = new HashMap<>();
        for (Playlist p : all) {
            if (p.isSmart()) {
                try {
                    filters.put(p.id(), smartFilter(p));
                } catch (BrokenPlaylistException | SearchTimeoutException e) {
                    // listed as broken below, by itself
                }
            }
        }
        Map<Long, PlaylistProgress> ofColumns = progressOfColumnFilters(all, filters);
        for (Playlist p : all) {
            try {
                PlaylistProgress progress = !p.isSmart() ? manual.getOrDefault(p.id(), PlaylistProgress.EMPTY)
                        : ofColumns.containsKey(p.id()) ? ofColumns.get(p.id())
                        : filters.containsKey(p.id()) ? smartProgress(filters.get(p.id())) : progressOf(p);
                result.add(PlaylistSummary.of(p, progress));
            } catch (BrokenPlaylistException e) {
                result.add(PlaylistSummary.broken(p, e.problem()));
            } catch (SearchTimeoutException e) {
                result.add(PlaylistSummary.broken(p, e.getMessage()));
            }
        }
        return result;
    }

    /**
     * The progress of the smart playlists whose filters read only the narrow columns, counted together in one scan
     * (decision 0047), by playlist id. Empty when fewer than two are such, or the scan runs out of time: then each is
     * counted alone, and one too slow or broken is listed so by itself.
     */
    private Map<Long, PlaylistProgress> progressOfColumnFilters(List<Playlist> all, Map<Long, TalkFilter> compiled) {
        List<Long> ids = new ArrayList<>();
        List<TalkFilter> filters = new ArrayList<>();
        for (Playlist p : all) {
            TalkFilter filter = compiled.get(p.id());
            if (filter != null && !filter.isAll() && filter.reads() == TalkFilter.Reads.NARROW_COLUMNS) {
                ids.add(p.id());
                filters.add(filter);
            }
        }
        if (filters.size() < 2) {
            return Map.of();
        }
        List<PlaylistProgress> progress;
        try {
            progress = playlists.progressOfColumnFilters(filters);
        } catch (SearchTooSlowException e) {
            return Map.of();
        }
        Map<Long, PlaylistProgress> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), progress.get(i));
        }
        return byId;
    }

    public Optional<Playlist> find(String name) {
        return playlists.find(name);
    }

    /** @throws dev.talkshelf.catalog.NoSuchPlaylistException when there is no playlist of that name */
    public Playlist get(String name) {
        return playlists.get(name);
    }

    /** @throws BrokenPlaylistException for a smart playlist whose query cannot be run */
    public PlaylistProgress progress(String name) {
        return progressOf(playlists.get(name));
    }

    /**
     * The playlist with all its talks in order, {@linkplain Talk#listed() listed} (without descriptions, as a search
     * page's). For very large smart playlists prefer {@link #show(String, int, int)}.
     *
     * @throws BrokenPlaylistException for a smart playlist whose query cannot be run
     */
    public PlaylistView show(String name) {
        Playlist p = playlists.get(name);
        List<Talk> all;
        if (p.isSmart()) {
            all = new ArrayList<>();
            for (int offset = 0; ; offset += PAGE) {
                SearchPage page = searchSmart(p, offset, PAGE);
                all.addAll(page.talks());
                if (page.talks().size() < PAGE || offset + PAGE >= page.total()) {
                    break;
                }
            }
        } else {
            all = talks.listed(playlists.items(p.id()));
        }
        return new PlaylistView(p, all, progressOf(p));
    }

    /**
     * One page of the playlist's talks (0-based offset), {@linkplain Talk#listed() listed}; the progress still covers
     * the whole playlist.
     */
    public PlaylistView show(String name, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        Playlist p = playlists.get(name);
        List<Talk> page;
        if (p.isSmart()) {
            page = searchSmart(p, offset, limit).talks();
        } else {
            List<TalkId> ids = playlists.items(p.id());
            int from = Math.min(offset, ids.size());
            page = talks.listed(ids.subList(from, Math.min(ids.size(), from + limit)));
        }
        return new PlaylistView(p, page, progressOf(p));
    }

    /**
     * The first talk, in playlist order, that is neither watched nor skipped (an in-progress talk is next);
     * empty when every talk is watched or skipped, or the playlist is empty. The talk is {@linkplain Talk#listed()
     * listed}, as the playlist's others.
     */
    public Optional<Talk> next(String name) {
        Playlist p = playlists.get(name);
        if (!p.isSmart()) {
            return playlists.firstUnfinished(p.id()).flatMap(id -> talks.listed(List.of(id)).stream().findFirst());
        }
        for (int offset = 0; ; offset += PAGE) {
            SearchPage page = searchSmart(p, offset, PAGE);
            Optional<Talk> found = page.talks().stream().filter(PlaylistService::isUnfinished).findFirst();
            if (found.isPresent()) {
                return found;
            }
            if (page.talks().size() < PAGE || offset + PAGE >= page.total()) {
                return Optional.empty();
            }
        }
    }

    /** A new, empty manual playlist. */
    public Playlist create(String name) {
        Playlist p = playlists.create(requireName(name), null);
        edits.record(new SimpleEdit("create playlist \"" + p.name() + "\"", () -> playlists.delete(p.name())));
        return p;
    }

    /** A smart playlist: always the live result of {@code query}, in the query's order. */
    public Playlist createSmart(String name, String query) {
        String clean = requireName(name);
        if (query == null || query.isBlank()) {
            throw new UserInputException("a smart playlist needs a query");
        }
        String q = query.strip();
        search.search(q, 0, 0); // a query the search cannot read fails here, not when the playlist is opened
        Playlist p = playlists.create(clean, q);
        edits.record(new SimpleEdit("create playlist \"" + p.name() + "\"", () -> playlists.delete(p.name())));
        return p;
    }

    /**
     * A manual playlist filled from a query's results, in the query's order, within a time budget. Greedy:
     * each talk that still fits is taken; one that does not fit is passed over and later, shorter ones may
     * still fit. Watched and skipped talks and talks of unknown length are left out; an in-progress talk
     * costs only what is left of it. The playlist's remaining time therefore never exceeds the budget.
     *
     * @throws UserInputException when nothing fits (no playlist is created then)
     */
    public Playlist createWithBudget(String name, String query, Duration budget) {
        String clean = requireName(name);
        if (query == null || query.isBlank()) {
            throw new UserInputException("a budget playlist needs a query to choose talks from");
        }
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new UserInputException("the budget must be longer than zero");
        }
        if (playlists.find(clean).isPresent()) {
            throw new DuplicateNameException("a playlist named \"" + clean + "\" already exists");
        }
        String q = query.strip();
        List<TalkId> chosen = new ArrayList<>();
        long left = budget.toMillis();
        scan:
        for (int offset = 0; ; offset += PAGE) {
            SearchPage page = search.search(q, offset, PAGE);
            for (Talk t : page.talks()) {
                if (!isUnfinished(t) || t.duration() == null) {
                    continue;
                }
                long cost = remainingMillis(t);
                if (cost <= left) {
                    chosen.add(t.id());
                    left -= cost;
                    if (left == 0) {
                        break scan;
                    }
                }
            }
            if (page.talks().size() < PAGE || offset + PAGE >= page.total()) {
                break;
            }
        }
        if (chosen.isEmpty()) {
            throw new UserInputException("no unwatched talk of known length matching \"" + q + "\" fits in "
                    + DurationText.clock(budget) + "; no playlist was created");
        }
        Playlist p = db.write(c -> {
            Playlist created = playlists.create(clean, null);
            playlists.setItems(created.id(), chosen);
            return created;
        });
        edits.record(new SimpleEdit("create playlist \"" + p.name() + "\"", () -> playlists.delete(p.name())));
        return p;
    }

    /** Appends talks to a manual playlist; talks already in it stay where they are. Returns how many were added. */
    public int add(String name, List<TalkId> ids) {
        Playlist p = requireManual(name);
        requireTalks(ids);
        List<TalkId> added = playlists.add(p.id(), ids);
        edits.record(new PlaylistAddEdit(playlists, p.id(), "add " + LibraryService.plural(added.size()) + " to \"" + p.name() + "\"", added));
        return added.size();
    }

    /** Takes talks out of a manual playlist (the talks stay in the library). */
    public void remove(String name, List<TalkId> ids) {
        Playlist p = requireManual(name);
        if (ids.isEmpty()) {
            throw new UserInputException("no talk given");
        }
        List<TalkId> before = db.write(c -> {
            List<TalkId> items = playlists.items(p.id());
            for (TalkId id : ids) {
                if (!items.contains(id)) {
                    throw new UserInputException("talk " + id + " is not in \"" + p.name() + "\"");
                }
            }
            playlists.remove(p.id(), ids);
            return items;
        });
        edits.record(new PlaylistRemoveEdit(db, playlists, talks, p.id(), "remove " + LibraryService.plural(new LinkedHashSet<>(ids).size())
                + " from \"" + p.name() + "\"", before, ids));
    }

    /** Moves a talk of a manual playlist to a 1-based position (1 is the top), shifting the others. */
    public void move(String name, TalkId id, int position) {
        Playlist p = requireManual(name);
        List<TalkId> before = db.write(c -> {
            List<TalkId> items = requireItem(p, id);
            if (position < 1 || position > items.size()) {
                throw new UserInputException("position " + position + " is outside \"" + p.name() + "\"; use 1 to " + items.size());
            }
            playlists.move(p.id(), id, position - 1);
            return items;
        });
        edits.record(new PlaylistMoveEdit(db, playlists, p.id(), "move a talk in \"" + p.name() + "\"", id, before));
    }

    /**
     * Moves a talk of a manual playlist to just below {@code after} (to the top when it is null), in the order as
     * it is stored now: what a drag in the window means, whatever another TalkShelf moved meanwhile.
     */
    public void moveAfter(String name, TalkId id, TalkId after) {
        Playlist p = requireManual(name);
        if (id.equals(after)) {
            throw new UserInputException("a talk cannot be moved below itself");
        }
        List<TalkId> before = db.write(c -> {
            List<TalkId> items = requireItem(p, id);
            if (after != null && !items.contains(after)) {
                throw new UserInputException("talk " + after + " left \"" + p.name() + "\" meanwhile; the order was not changed");
            }
            playlists.moveAfter(p.id(), id, after);
            return items;
        });
        edits.record(new PlaylistMoveEdit(db, playlists, p.id(), "move a talk in \"" + p.name() + "\"", id, before));
    }

    /** The playlist's order as stored now, which must hold {@code id}; only inside a write. */
    private List<TalkId> requireItem(Playlist p, TalkId id) {
        List<TalkId> items = playlists.items(p.id());
        if (!items.contains(id)) {
            throw new UserInputException("talk " + id + " is not in \"" + p.name() + "\"");
        }
        return items;
    }

    public void rename(String oldName, String newName) {
        String clean = requireName(newName);
        Playlist p = playlists.get(oldName);
        playlists.rename(p.name(), clean);
        edits.record(new SimpleEdit("rename playlist \"" + p.name() + "\"", () -> playlists.rename(clean, p.name())));
    }

    /** Deletes a playlist (never its talks); undo brings it back with its talks in their order. */
    public void delete(String name) {
        Playlist p = playlists.get(name);
        List<TalkId> items = p.isSmart() ? List.of() : playlists.items(p.id());
        playlists.delete(p.name());
        edits.record(new SimpleEdit("delete playlist \"" + p.name() + "\"", () -> playlists.restore(p, items)));
    }

    /** Not watched and not skipped: what "next" may return and what a budget may spend time on. */
    static boolean isUnfinished(Talk t) {
        return t.status() == WatchStatus.UNWATCHED || t.status() == WatchStatus.IN_PROGRESS;
    }

    /** What is left of a talk of known length: all of it, or for an in-progress talk, duration minus position. */
    static long remainingMillis(Talk t) {
        long total = t.duration().toMillis();
        if (t.status() == WatchStatus.IN_PROGRESS && t.watch().position() != null) {
            return Math.max(0, total - t.watch().position().toMillis());
        }
        return total;
    }

    private PlaylistProgress progressOf(Playlist p) {
        if (!p.isSmart()) {
            return playlists.progress(p.id());
        }
        return smartProgress(smartFilter(p));
    }

    private PlaylistProgress smartProgress(TalkFilter filter) {
        try {
            return playlists.progress(filter);
        } catch (SearchTooSlowException e) {
            throw new SearchTimeoutException(e);
        }
    }

    /** The filter of a smart playlist's saved query; one that no longer compiles makes the playlist broken. */
    private TalkFilter smartFilter(Playlist p) {
        try {
            return search.filterOf(p.query());
        } catch (SearchTimeoutException e) {
            throw e;
        } catch (InvalidQueryException e) {
            throw new BrokenPlaylistException(p, e.getMessage());
        }
    }

    private SearchPage searchSmart(Playlist p, int offset, int limit) {
        try {
            return search.search(p.query(), offset, limit);
        } catch (SearchTimeoutException e) {
            throw e;
        } catch (InvalidQueryException e) {
            throw new BrokenPlaylistException(p, e.getMessage());
        }
    }

    private Playlist requireManual(String name) {
        Playlist p = playlists.get(name);
        if (p.isSmart()) {
            throw new UserInputException("\"" + p.name() + "\" is a smart playlist: its talks are what \"" + p.query()
                    + "\" finds, so they cannot be added, removed or moved by hand");
        }
        return p;
    }

    private void requireTalks(List<TalkId> ids) {
        ExistingTalks.require(talks, ids);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new UserInputException("a playlist needs a name");
        }
        return name.strip();
    }
}
