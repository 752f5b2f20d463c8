package dev.talkshelf.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One talk in the library. Optional facts are null when unknown; lists are never null. Title, speakers and event
 * are kept on one line without control characters; numbers and dates lie within {@link Limits}.
 *
 * @param id        null for a talk not yet stored
 * @param media     a local file path or an http(s) URL; null when there is nothing to play
 * @param thumbnail a thumbnail URL given by the import source; null if none
 * @param links     related links (slides, repository, ...) beside the media
 * @param tags      hierarchical topic paths such as {@code python/free-threading}
 * @param description null when the talk has none; see {@link #description()}
 * @param listed    true for a talk read for a list (a search or playlist page): every fact but its description, which
 *                  was not read and cannot be asked for (decision 0042)
 */
public record Talk(
        TalkId id,
        String title,
        List<String> speakers,
        String event,
        Integer year,
        LocalDate recorded,
        Duration duration,
        String media,
        String thumbnail,
        List<String> links,
        Instant added,
        Integer rating,
        List<String> tags,
        WatchState watch,
        String description,
        boolean listed) {

    public Talk {
        title = PlainText.oneLine(Objects.requireNonNull(title, "title"));
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a talk needs a title");
        }
        speakers = speakers == null ? List.of() : oneLineEach(speakers);
        event = PlainText.oneLine(event);
        links = List.copyOf(links == null ? List.of() : links);
        tags = List.copyOf(tags == null ? List.of() : tags);
        watch = watch == null ? WatchState.UNWATCHED : watch;
        Limits.requireYear(year, "year");
        Limits.requireDate(recorded, "recorded");
        Limits.requireDuration(duration, "duration");
        Limits.requireTime(added, "added");
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("rating must be between 1 and 5, was " + rating);
        }
        if (listed && description != null) {
            throw new IllegalArgumentException("a listed talk carries no description");
        }
    }

    /**
     * The names one line each, as a list that cannot change: the same list when it is so already, as when a wither makes
     * the talk again (an import makes each talk a few times, and each time the names were streamed and copied twice).
     */
    private static List<String> oneLineEach(List<String> names) {
        for (String name : names) {
            if (PlainText.oneLine(name) != name) {
                return List.copyOf(names.stream().map(PlainText::oneLine).toList());
            }
        }
        return List.copyOf(names);
    }

    /**
     * Equal when every component is (as a record's own equality), written out: a record's own is linked at its first
     * call (a method handle tree spun, ~25 classes), and the window's first selection made that call on the FX thread
     * before the first frame (decision 0065). {@code TalkEqualityTest} checks each component counts.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Talk t && listed == t.listed && Objects.equals(id, t.id) && Objects.equals(title, t.title)
                && Objects.equals(speakers, t.speakers) && Objects.equals(event, t.event) && Objects.equals(year, t.year)
                && Objects.equals(recorded, t.recorded) && Objects.equals(duration, t.duration) && Objects.equals(media, t.media)
                && Objects.equals(thumbnail, t.thumbnail) && Objects.equals(links, t.links) && Objects.equals(added, t.added)
                && Objects.equals(rating, t.rating) && Objects.equals(tags, t.tags) && Objects.equals(watch, t.watch)
                && Objects.equals(description, t.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, speakers, event, year, recorded, duration, media, thumbnail, links, added, rating, tags,
                watch, description, listed);
    }

    /** A whole talk: every fact, its description too. */
    public Talk(TalkId id, String title, List<String> speakers, String event, Integer year, LocalDate recorded,
                Duration duration, String media, String thumbnail, List<String> links, Instant added, Integer rating,
                List<String> tags, WatchState watch, String description) {
        this(id, title, speakers, event, year, recorded, duration, media, thumbnail, links, added, rating, tags, watch,
                description, false);
    }

    /** A talk with only a title; the builder-style withers fill in the rest. */
    public static Talk titled(String title) {
        return new Talk(null, title, List.of(), null, null, null, null, null, null, List.of(), null, null, List.of(),
                WatchState.UNWATCHED, null);
    }

    /**
     * The talk's description; null when it has none.
     *
     * @throws IllegalStateException for a {@link #listed() listed} talk: its description was not read, and taking
     *         that for "none" would show, export or write back a talk without the description it has
     */
    public String description() {
        if (listed) {
            throw new IllegalStateException("talk " + id + " was read for a list, without its description; read it by id");
        }
        return description;
    }

    public WatchStatus status() {
        return watch.status();
    }

    public Talk withId(TalkId newId) {
        return new Talk(newId, title, speakers, event, year, recorded, duration, media, thumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withTitle(String newTitle) {
        return new Talk(id, newTitle, speakers, event, year, recorded, duration, media, thumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withSpeakers(List<String> newSpeakers) {
        return new Talk(id, title, newSpeakers, event, year, recorded, duration, media, thumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withEvent(String newEvent) {
        return new Talk(id, title, speakers, newEvent, year, recorded, duration, media, thumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withYear(Integer newYear) {
        return new Talk(id, title, speakers, event, newYear, recorded, duration, media, thumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withRecorded(LocalDate newRecorded) {
        return new Talk(id, title, speakers, event, year, newRecorded, duration, media, thumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withDuration(Duration newDuration) {
        return new Talk(id, title, speakers, event, year, recorded, newDuration, media, thumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withMedia(String newMedia) {
        return new Talk(id, title, speakers, event, year, recorded, duration, newMedia, thumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withThumbnail(String newThumbnail) {
        return new Talk(id, title, speakers, event, year, recorded, duration, media, newThumbnail, links, added, rating, tags, watch, description, listed);
    }

    public Talk withLinks(List<String> newLinks) {
        return new Talk(id, title, speakers, event, year, recorded, duration, media, thumbnail, newLinks, added, rating, tags, watch, description, listed);
    }

    public Talk withAdded(Instant newAdded) {
        return new Talk(id, title, speakers, event, year, recorded, duration, media, thumbnail, links, newAdded, rating, tags, watch, description, listed);
    }

    public Talk withRating(Integer newRating) {
        return new Talk(id, title, speakers, event, year, recorded, duration, media, thumbnail, links, added, newRating, tags, watch, description, listed);
    }

    public Talk withTags(List<String> newTags) {
        return new Talk(id, title, speakers, event, year, recorded, duration, media, thumbnail, links, added, rating, newTags, watch, description, listed);
    }

    public Talk withWatch(WatchState newWatch) {
        return new Talk(id, title, speakers, event, year, recorded, duration, media, thumbnail, links, added, rating, tags, newWatch, description, listed);
    }

    /** This talk with the given description; a listed talk becomes a whole one (its description now known). */
    public Talk withDescription(String newDescription) {
        return new Talk(id, title, speakers, event, year, recorded, duration, media, thumbnail, links, added, rating, tags, watch, newDescription, false);
    }
}
