package dev.talkshelf.formats;

/** Placeholder until the layout is inferred. */
public record BatchLayout(String shape, int matching, int lines) {
}
