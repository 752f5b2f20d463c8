package dev.talkshelf.formats;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Prints the corpus table of docs/title-parser.md, and with {@code misses [split]} every line read wrong.
 * Not a test: TitleCorpusTest holds the thresholds.
 */
public final class TitleCorpusReport {
    public static void main(String[] args) throws IOException {
        List<TitleCorpus.Entry> entries = TitleCorpus.load();
        TitleParser parser = new TitleParser();
        Map<String, TitleCorpus.Score> single = TitleCorpus.score(entries, lines -> lines.stream().map(parser::parse).toList());
        Map<String, TitleCorpus.Score> batch = TitleCorpus.score(entries, lines -> parser.parseBatch(lines).titles());
        System.out.print(TitleCorpus.table(entries, single, batch));
        if (args.length > 0 && args[0].equals("misses")) {
            String split = args.length > 1 ? args[1] : "tune";
            Map<String, TitleCorpus.Score> shown = args.length > 2 && args[2].equals("batch") ? batch : single;
            shown.forEach((key, s) -> {
                if (key.startsWith(split + "\t")) {
                    s.misses.forEach(m -> System.out.println(key + "  " + m));
                }
            });
        }
    }

    private TitleCorpusReport() {
    }
}
