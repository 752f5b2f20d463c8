package dev.talkshelf.formats;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain list of talk titles, one a line, as people keep them in notes. Blank lines and lines starting
 * with '#' are skipped. A long prose line right under a title (an abstract pasted along) becomes that talk's
 * description instead of a talk of its own: real titles are short (YouTube allows 100 characters).
 */
public final class TitleListReader implements TalkReader {
    private static final int ABSTRACT_MIN_LENGTH = 150;

    @Override
    public String formatName() {
        return "titles";
    }

    @Override
    public ImportBatch read(Path source, ImportContext context) throws FormatException, IOException {
        // First tell titles from abstracts, then read all titles as one batch: a list kept from one channel
        // shares a layout, which settles the lines the parser is unsure of.
        List<String> titles = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        boolean previousWasTitle = false;
        for (String raw : TextFiles.lines(source)) {
            String line = PlainText.oneLine(raw); // a line of only control characters counts as blank
            if (line.isEmpty() || line.startsWith("#")) {
                previousWasTitle = false;
                continue;
            }
            if (previousWasTitle && isAbstract(line) && descriptions.get(descriptions.size() - 1) == null) {
                descriptions.set(descriptions.size() - 1, line);
                previousWasTitle = false;
                continue;
            }
            titles.add(line);
            descriptions.add(null);
            previousWasTitle = true;
        }
        List<ParsedTitle> parsed = new TitleParser(context.knownSpeaker()).parseBatch(titles).titles();
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Talk talk = parsed.get(i).orTitle(titles.get(i)).toTalk();
            talks.add(descriptions.get(i) == null ? talk : talk.withDescription(descriptions.get(i)));
        }
        context.progress().advanced(talks.size(), talks.size());
        return new ImportBatch(talks.stream().map(ImportedTalk::of).toList(), List.of());
    }

    private static boolean isAbstract(String line) {
        return line.length() >= ABSTRACT_MIN_LENGTH && line.contains(". ");
    }
}
