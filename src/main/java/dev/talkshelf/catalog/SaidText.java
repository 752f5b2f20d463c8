package dev.talkshelf.catalog;

import dev.talkshelf.model.Cue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sqlite.Function;

/**
 * A talk's transcript as one document of {@code said_fts}, the index that finds talks by what was said (one row per
 * talk, so a word said in every talk is one entry a talk, not one a cue). The cues' folded texts, with a break
 * between each two that no cue holds, so a phrase matches only within one cue, as it does in {@code cue_fts}.
 */
final class SaidText {
    /**
     * A private-use character: the tokenizer keeps it as a word of its own (unicode61 counts the Co category as
     * letters), which sits between two cues' words, so no phrase runs from one cue into the next. Cue texts never
     * hold it (see {@link #of}), and a search term needs a letter or digit.
     */
    static final char CUE_BREAK = '\uE000';

    private SaidText() {
    }

    static String of(List<Cue> cues) {
        StringBuilder all = new StringBuilder(cues.size() * 48);
        for (Cue cue : cues) {
            if (!all.isEmpty()) {
                all.append(' ').append(CUE_BREAK).append(' ');
            }
            String text = TextFold.fold(cue.text());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                all.append(Character.getType(c) == Character.PRIVATE_USE ? ' ' : c);
            }
        }
        return all.toString();
    }

    /**
     * Lets SQL on this connection read a packed transcript as its {@code said_fts} document:
     * {@code said_text(transcript.cues)}, for the migration that builds the index from the transcripts already kept.
     */
    static void registerFunction(Connection c) throws SQLException {
        Function.create(c, "said_text", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(of(CuePacking.unpack(value_blob(0), 256)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
