package dev.talkshelf.service;

import java.util.List;

/**
 * Pasted lines as the title parser read them together.
 *
 * @param layout the layout most lines share and how many do, such as "Title | Speaker | Event (18 of 20 lines)";
 *               null when no layout stands out
 */
public record TitlePreviews(List<TitlePreview> rows, String layout) {
    public TitlePreviews {
        rows = List.copyOf(rows);
    }
}
