package dev.talkshelf.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.TopicTagger;
import dev.talkshelf.model.Names;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A made-up but real-shaped library for measuring (issue #14): the PyVideo sample's titles, speakers and
 * description sentences recombined, speakers and events with a Zipf-like spread, topics from the taxonomy,
 * a share watched or in progress, ratings, notes and playlists. The same seed and size give the same talks,
 * handed out {@link #CHUNK} at a time so a million talks never sit in memory at once. See
 * docs/decisions/0015-bench-library-generator.md.
 */
public final class GeneratedTalks {
    /** Talks per batch: small enough for memory, large enough that each import run is mostly storing. */
    public static final int CHUNK = 25_000;
    /** Every date is relative to this, not to the clock, so a seed always gives the same library. */
    public static final Instant ANCHOR = Instant.parse("2026-12-01T00:00:00Z");
    /** One talk in this many is about metaclasses: a rare word that exists at every size (10 at 100,000). */
    public static final int RARE_EVERY = 10_000;

    private static final String[] SERIES = {"PyCon US", "EuroPython", "PyData London", "PyCon DE", "DjangoCon US",
            "PyCon AU", "SciPy", "PyGotham", "FOSDEM", "PyCon India", "DjangoCon Europe", "PyBay", "Kiwi PyCon",
            "PyOhio", "PyTexas", "PyCascades", "PyCon UK", "PyData NYC", "RustConf", "GopherCon", "JSConf EU",
            "Strange Loop", "PyCon JP", "PyCon Italia", "EuroSciPy", "PyData Berlin", "PyCon Africa", "PyCon APAC",
            "North Bay Python", "PyConZA", "PyCon Sweden", "PyLadies Con"};
    private static final String[] OPENERS = {"Intro to", "Beyond", "Lessons from", "Understanding", "A tour of",
            "Building", "Scaling", "Testing", "Debugging", "The state of", "Rethinking", "Hands-on", "Demystifying"};
    private static final String[] GENERIC = {"Keynote", "Lightning Talks", "Opening Remarks", "Closing Keynote",
            "Panel Discussion"};

    private final int size;
    private final long seed;
    private final Random random;
    private final Vocabulary words;
    private final Zipf speakerRank;
    private final Zipf seriesRank;
    private final Zipf topicRank;
    private final Zipf titleWordRank;
    private final Set<Long> titleSpeakerKeys = new HashSet<>();
    private final int chunk;
    private int next;
    private int playlistsMade;

    public GeneratedTalks(int size, long seed) {
        this(size, seed, CHUNK);
    }

    /** As {@link #GeneratedTalks(int, long)}, handed out {@code chunk} talks at a time (tests of many small batches). */
    GeneratedTalks(int size, long seed, int chunk) {
        if (size < 1) {
            throw new UserInputException("the number of talks must be at least 1");
        }
        this.size = size;
        this.seed = seed;
        this.chunk = chunk;
        this.random = new Random(seed);
        this.words = Vocabulary.load(new Random(seed));
        // About one speaker per two talks, most of them giving one talk, a few giving hundreds (as in PyVideo).
        this.speakerRank = new Zipf(Math.max(words.speakers.size(), size / 2), 1.0);
        this.seriesRank = new Zipf(SERIES.length, 1.0);
        this.topicRank = new Zipf(words.topics.size(), 0.9);
        this.titleWordRank = new Zipf(words.titleWords.size(), 1.1);
    }

    public int size() {
        return size;
    }

    public boolean hasNext() {
        return next < size;
    }

    /** The next batch of at most {@link #CHUNK} talks (or the chunk given), with the playlists that refer to them. */
    public ImportBatch nextBatch() {
        int count = Math.min(chunk, size - next);
        List<ImportedTalk> talks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            talks.add(talk(next + i));
        }
        List<PlaylistDraft> playlists = new ArrayList<>();
        if (next == 0) {
            playlists.add(new PlaylistDraft("Free-threading to watch", "tag:python/free-threading status:unwatched", List.of()));
            playlists.add(new PlaylistDraft("Short and unwatched", "duration:<15m status:unwatched", List.of()));
            playlists.add(new PlaylistDraft("Best rated", "rating:>=4", List.of()));
            playlists.add(new PlaylistDraft("Recent keynotes", "keynote year:>=2023", List.of()));
        }
        // A manual study playlist per 2,000 talks, 5 to 40 talks each.
        for (int p = 0; p < Math.max(1, count / 2_000); p++) {
            int length = 5 + random.nextInt(36);
            LinkedHashSet<Integer> picked = new LinkedHashSet<>();
            while (picked.size() < Math.min(length, count)) {
                picked.add(random.nextInt(count));
            }
            String topic = words.titleWords.get(titleWordRank.next(random));
            playlists.add(new PlaylistDraft("Study " + (++playlistsMade) + ": " + topic, null, List.copyOf(picked)));
        }
        next += count;
        return new ImportBatch(talks, playlists);
    }

    private ImportedTalk talk(int index) {
        List<String> speakers = speakers();
        String title = title(index);
        long key = titleSpeakersKey(title, speakers);
        for (int part = 2; !titleSpeakerKeys.add(key); part++) {
            title = title(index) + " (part " + part + ")"; // a real import would merge the same title by the same people
            key = titleSpeakersKey(title, speakers);
        }
        int series = seriesRank.next(random);
        int year = year();
        LocalDate recorded = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        Duration duration = duration(title);
        String videoId = videoId(index);
        String media = switch (random.nextInt(20)) {
            case 0 -> "/home/me/talks/" + videoId + ".mp4";
            case 1 -> null;
            default -> "https://www.youtube.com/watch?v=" + videoId;
        };
        Instant added = ANCHOR.minus(Duration.ofMinutes(random.nextInt(6 * 365 * 24 * 60)));
        List<String> topics = new ArrayList<>();
        if (random.nextInt(10) < 6) { // the rest get the topics the importer suggests from the text
            for (int k = random.nextInt(3); k >= 0; k--) {
                topics.add(words.topics.get(topicRank.next(random)));
            }
        }
        Talk talk = Talk.titled(title).withSpeakers(speakers).withEvent(SERIES[series] + " " + year).withYear(year)
                .withRecorded(recorded).withDuration(duration).withMedia(media).withDescription(description(index))
                .withTags(topics).withAdded(added);
        List<Note> notes = new ArrayList<>();
        List<WatchSession> history = new ArrayList<>();
        int roll = random.nextInt(100);
        if (roll < 15) {
            Instant played = added.plus(Duration.ofHours(1 + random.nextInt(24 * 200)));
            Duration length = duration == null ? Duration.ofMinutes(30) : duration;
            talk = talk.withWatch(new WatchState(WatchStatus.WATCHED, null, played.plus(length), 1, played))
                    .withRating(random.nextInt(3) == 0 ? 1 + random.nextInt(5) : null);
            history.add(new WatchSession(played, Duration.ZERO, length));
        } else if (roll < 23) {
            Instant played = added.plus(Duration.ofHours(1 + random.nextInt(24 * 200)));
            long seconds = duration == null ? 600 : Math.max(1, duration.toSeconds());
            Duration position = Duration.ofSeconds(1 + (long) (random.nextDouble() * (seconds - 1)));
            talk = talk.withWatch(new WatchState(WatchStatus.IN_PROGRESS, position, null, 0, played));
            history.add(new WatchSession(played, Duration.ZERO, position));
        } else if (roll < 28) {
            talk = talk.withWatch(new WatchState(WatchStatus.SKIPPED, null, null, 0, null));
        }
        if (random.nextInt(30) == 0) {
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                Duration at = random.nextBoolean() && duration != null
                        ? Duration.ofSeconds((long) (random.nextDouble() * duration.toSeconds())) : null;
                notes.add(new Note(0, null, at, sentence(), added.plus(Duration.ofDays(1 + random.nextInt(300)))));
            }
        }
        return new ImportedTalk(talk, media != null && media.startsWith("https:") ? "youtube:" + videoId : null,
                !topics.isEmpty(), notes, history);
    }

    private List<String> speakers() {
        int count = switch (random.nextInt(100) / 10) {
            case 0, 1 -> 2;
            case 2 -> random.nextBoolean() ? 3 : 1;
            default -> 1;
        };
        List<String> names = new ArrayList<>(count);
        while (names.size() < count) {
            String name = speakerName(speakerRank.next(random));
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The speaker of a rank: the sample's own speakers first, then their first and last names recombined. */
    private String speakerName(int rank) {
        List<String> real = words.speakers;
        if (rank < real.size()) {
            return real.get(rank);
        }
        int k = rank - real.size();
        List<String> first = words.firstNames;
        List<String> last = words.lastNames;
        String given = first.get(k % first.size());
        String family = last.get((k / first.size()) % last.size());
        int round = k / (first.size() * last.size());
        return round == 0 ? given + " " + family : given + " " + (char) ('A' + (round - 1) % 26) + ". " + family;
    }

    private String title(int index) {
        if (index % RARE_EVERY == 7) {
            return "Metaclasses Demystified: " + titleWord() + " " + titleWord();
        }
        List<String> titles = words.titles;
        String base = titles.get(random.nextInt(titles.size()));
        return switch (random.nextInt(20)) {
            case 0 -> GENERIC[random.nextInt(GENERIC.length)];
            case 1, 2, 3, 4, 5, 6 -> base;
            case 7, 8, 9, 10, 11, 12 -> mainPart(base) + ": " + subtitle(titles.get(random.nextInt(titles.size())));
            case 13, 14, 15, 16 -> OPENERS[random.nextInt(OPENERS.length)] + " " + titleWord() + " " + titleWord();
            default -> mainPart(base) + " with " + capitalized(titleWord());
        };
    }

    private static String mainPart(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon).strip() : title;
    }

    private static String subtitle(String title) {
        int colon = title.indexOf(':');
        String part = colon > 0 && colon < title.length() - 1 ? title.substring(colon + 1).strip() : title;
        return part.isEmpty() ? title : part;
    }

    private String titleWord() {
        return words.titleWords.get(titleWordRank.next(random));
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Recent years more often, as in PyVideo: 2008 to 2025. */
    private int year() {
        double u = random.nextDouble();
        return 2008 + (int) Math.min(17, Math.floor(18 * Math.sqrt(u)));
    }

    private Duration duration(String title) {
        if (random.nextInt(30) == 0) {
            return null;
        }
        if (title.startsWith("Lightning") || random.nextInt(12) == 0) {
            return Duration.ofSeconds(180 + random.nextInt(420));
        }
        double seconds = Math.exp(Math.log(1800) + 0.45 * random.nextGaussian());
        return Duration.ofSeconds(Math.max(300, Math.min(3 * 3600, Math.round(seconds))));
    }

    private String description(int index) {
        if (random.nextInt(12) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (index % RARE_EVERY == 7) {
            text.append("How metaclasses shape classes, and when to use them. ");
        }
        for (int n = 2 + random.nextInt(6); n > 0; n--) {
            text.append(sentence()).append(n % 3 == 0 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    private String sentence() {
        return words.sentences.get(random.nextInt(words.sentences.size()));
    }

    /** An 11-character YouTube-like id, unique per seed and index. */
    private String videoId(int index) {
        long h = mix(seed * 0x9E3779B97F4A7C15L + index);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char[] id = new char[11];
        id[0] = alphabet.charAt(index % 64); // with the next ten from the index, never two alike below 64^11
        long rest = index / 64;
        for (int i = 1; i < 11; i++) {
            id[i] = alphabet.charAt((int) ((i < 5 ? rest : h) & 63));
            if (i < 5) {
                rest >>>= 6;
            } else {
                h >>>= 6;
            }
        }
        return new String(id);
    }

    private static long titleSpeakersKey(String title, List<String> speakers) {
        StringBuilder key = new StringBuilder(Names.key(title));
        speakers.stream().map(Names::key).sorted().forEach(s -> key.append('|').append(s));
        return mix(key.toString().hashCode()) ^ fnv(key);
    }

    private static long fnv(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Ranks 0..n-1 with probability proportional to 1/(rank+1)^s. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
        }

        int next(Random random) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** The words the talks are made of: talk-vocabulary.json (from the PyVideo sample) and the taxonomy's topics. */
    private record Vocabulary(List<String> titles, List<String> speakers, List<String> firstNames, List<String> lastNames,
                              List<String> sentences, List<String> titleWords, List<String> topics) {
        /** @param order shuffles the speakers, so which of them give the most talks follows the seed */
        static Vocabulary load(Random order) {
            ObjectMapper json = new ObjectMapper();
            try (InputStream in = GeneratedTalks.class.getResourceAsStream("talk-vocabulary.json");
                 InputStream taxonomy = TopicTagger.class.getResourceAsStream("taxonomy.json")) {
                JsonNode v = json.readTree(in);
                List<String> titles = strings(v.path("titles"));
                List<String> speakers = new ArrayList<>(strings(v.path("speakers")));
                Collections.shuffle(speakers, order);
                LinkedHashSet<String> first = new LinkedHashSet<>();
                LinkedHashSet<String> last = new LinkedHashSet<>();
                for (String s : speakers) {
                    int space = s.lastIndexOf(' ');
                    if (space > 0) {
                        first.add(s.substring(0, s.indexOf(' ')));
                        last.add(s.substring(space + 1));
                    }
                }
                // Title words by how often the sample's titles use them, most frequent first (ties alphabetically).
                Map<String, Integer> counts = new TreeMap<>();
                for (String t : titles) {
                    for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) {
                        if (w.length() > 3) {
                            counts.merge(w, 1, Integer::sum);
                        }
                    }
                }
                List<String> titleWords = counts.entrySet().stream()
                        .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
                List<String> topics = new ArrayList<>();
                json.readTree(taxonomy).path("topics").forEach(t -> topics.add(t.path("path").asText()));
                return new Vocabulary(titles, List.copyOf(speakers), List.copyOf(first), List.copyOf(last),
                        strings(v.path("sentences")), titleWords, topics);
            } catch (IOException e) {
                throw new UncheckedIOException("the generator's word list cannot be read", e);
            }
        }

        private static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            array.forEach(n -> out.add(n.asText()));
            return List.copyOf(out);
        }
    }
}
