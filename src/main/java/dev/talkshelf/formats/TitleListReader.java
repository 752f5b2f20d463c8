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
        TitleParser parser = new TitleParser(context.knownSpeaker());
        List<Talk> talks = new ArrayList<>();
        boolean previousWasTitle = false;
        for (String raw : TextFiles.lines(source)) {
            String line = PlainText.oneLine(raw); // a line of only control characters counts as blank
            if (line.isEmpty() || line.startsWith("#")) {
                previousWasTitle = false;
                continue;
            }
            if (previousWasTitle && isAbstract(line) && talks.get(talks.size() - 1).description() == null) {
                talks.set(talks.size() - 1, talks.get(talks.size() - 1).withDescription(line));
                previousWasTitle = false;
                continue;
            }
            ParsedTitle parsed = parser.parse(line).orTitle(line);
            talks.add(parsed.toTalk());
            previousWasTitle = true;
        }
        context.progress().advanced(talks.size(), talks.size());
        return new ImportBatch(talks.stream().map(ImportedTalk::of).toList(), List.of());
    }

    private static boolean isAbstract(String line) {
        return line.length() >= ABSTRACT_MIN_LENGTH && line.contains(". ");
    }
}
