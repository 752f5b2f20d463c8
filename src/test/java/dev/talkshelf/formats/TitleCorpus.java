package dev.talkshelf.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The generated PyVideo title corpus (see {@link TitleCorpusGenerator}) and the figures a parser gets on it:
 * per layout, the share of lines read exactly (title, speakers and event all equal to the truth) and the
 * precision of the speakers (of the lines where the parser named speakers, the share where every name it gave
 * is one of the line's true speakers).
 */
final class TitleCorpus {
    static final String RESOURCE = "/formats/titles/pyvideo-corpus.tsv";

    record Entry(String split, String layout, String raw, ParsedTitle truth) {
    }

    /** Counts for one group of lines. */
    static final class Score {
        int lines;
        int exact;
        int withSpeakers;
        int rightSpeakers;
        final List<String> misses = new ArrayList<>();

        void add(Entry e, ParsedTitle got) {
            lines++;
            if (got.equals(e.truth)) {
                exact++;
            } else {
                misses.add(e.raw + "\n      got  " + got + "\n      want " + e.truth);
            }
            if (!got.speakers().isEmpty()) {
                withSpeakers++;
                if (e.truth.speakers().containsAll(got.speakers())) {
                    rightSpeakers++;
                }
            }
        }

        void addAll(Score other) {
            lines += other.lines;
            exact += other.exact;
            withSpeakers += other.withSpeakers;
            rightSpeakers += other.rightSpeakers;
            misses.addAll(other.misses);
        }

        double exactRate() {
            return lines == 0 ? 1 : (double) exact / lines;
        }

        double precision() {
            return withSpeakers == 0 ? 1 : (double) rightSpeakers / withSpeakers;
        }
    }

    static List<Entry> load() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = TitleCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing; run TitleCorpusGenerator");
            }
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String row : rows) {
                if (row.startsWith("#") || row.startsWith("split\t")) {
                    continue;
                }
                String[] c = row.split("\t", -1);
                List<String> speakers = c[4].isEmpty() ? List.of() : List.of(c[4].split(";"));
                entries.add(new Entry(c[0], c[1], c[2], new ParsedTitle(c[3], speakers, c[5].isEmpty() ? null : c[5])));
            }
        }
        return entries;
    }

    /** Lines of one split and layout, in corpus order: what one channel's upload list looks like. */
    static Map<String, List<Entry>> groups(List<Entry> entries) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(e.split + "\t" + e.layout, k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** Scores each group (key "split\tlayout"), reading a group's lines with {@code parseGroup}. */
    static Map<String, Score> score(List<Entry> entries, Function<List<String>, List<ParsedTitle>> parseGroup) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<Entry>> g : groups(entries).entrySet()) {
            List<ParsedTitle> parsed = parseGroup.apply(g.getValue().stream().map(Entry::raw).toList());
            Score s = new Score();
            for (int i = 0; i < parsed.size(); i++) {
                s.add(g.getValue().get(i), parsed.get(i));
            }
            scores.put(g.getKey(), s);
        }
        return scores;
    }

    static Score total(Map<String, Score> scores, String split) {
        Score total = new Score();
        scores.forEach((key, s) -> {
            if (split == null || key.startsWith(split + "\t")) {
                total.addAll(s);
            }
        });
        return total;
    }

    /** A Markdown table: one row per layout, exact and precision line by line and as a batch, each as tune / held-out. */
    static String table(List<Entry> entries, Map<String, Score> single, Map<String, Score> batch) {
        StringBuilder out = new StringBuilder();
        out.append("| layout | lines (tune + held-out) | exact, line by line (tune / held-out) | exact, as a batch (tune / held-out)"
                + " | precision, line by line (tune / held-out) | precision, as a batch (tune / held-out) |\n");
        out.append("|---|---|---|---|---|---|\n");
        Map<String, String> shapes = new LinkedHashMap<>();
        TitleCorpusGenerator.LAYOUTS.forEach(l -> shapes.put(l.name(), l.shape()));
        for (Map.Entry<String, String> layout : shapes.entrySet()) {
            String tune = "tune\t" + layout.getKey();
            String held = "held-out\t" + layout.getKey();
            if (!single.containsKey(tune) && !single.containsKey(held)) {
                continue;
            }
            row(out, "`" + layout.getValue().replace("|", "\\|") + "`", single.getOrDefault(tune, new Score()),
                    single.getOrDefault(held, new Score()), batch.getOrDefault(tune, new Score()), batch.getOrDefault(held, new Score()));
        }
        row(out, "**all layouts**", total(single, "tune"), total(single, "held-out"), total(batch, "tune"), total(batch, "held-out"));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Score tune, Score held, Score batchTune, Score batchHeld) {
        out.append("| ").append(name).append(" | ").append(tune.lines).append(" + ").append(held.lines).append(" | ")
                .append(pct(tune.exactRate())).append(" / ").append(pct(held.exactRate())).append(" | ")
                .append(pct(batchTune.exactRate())).append(" / ").append(pct(batchHeld.exactRate())).append(" | ")
                .append(pct(tune.precision())).append(" / ").append(pct(held.precision())).append(" | ")
                .append(pct(batchTune.precision())).append(" / ").append(pct(batchHeld.precision())).append(" |\n");
    }

    static String pct(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private TitleCorpus() {
    }
}
