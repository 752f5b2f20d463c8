package dev.talkshelf.cli;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.UserInputException;

/** Talk ids as typed on the command line. */
final class Ids {
    private Ids() {
    }

    static TalkId parse(String text) {
        try {
            long v = Long.parseLong(text.strip());
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return TalkId.of(v);
        } catch (NumberFormatException e) {
            throw new UserInputException("\"" + text + "\" is not a talk id (a positive number, as `search` shows)");
        }
    }
}
