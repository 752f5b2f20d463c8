package dev.talkshelf.player;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line such as {@code --sub-file="my subs.srt" --speed 1.5} into arguments the way a POSIX shell
 * would for quoting, and does nothing else a shell does: no variables, globs, pipes or command substitution.
 * A backslash escapes only a quote, a backslash or white space, so Windows paths keep their backslashes.
 */
public final class ArgumentSplitter {

    private ArgumentSplitter() {
    }

    /** @throws IllegalArgumentException when a quote is left open */
    public static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        if (line == null) {
            return args;
        }
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && isEscapable(line.charAt(i + 1), true)) {
                    current.append(line.charAt(++i));
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inArgument = true;
            } else if (c == '\\' && i + 1 < line.length() && isEscapable(line.charAt(i + 1), false)) {
                current.append(line.charAt(++i));
                inArgument = true;
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Unclosed " + (quote == '"' ? "double" : "single") + " quote in: " + line);
        }
        if (inArgument) {
            args.add(current.toString());
        }
        return List.copyOf(args);
    }

    private static boolean isEscapable(char next, boolean insideDoubleQuotes) {
        return next == '"' || next == '\\' || (!insideDoubleQuotes && (next == '\'' || Character.isWhitespace(next)));
    }
}
