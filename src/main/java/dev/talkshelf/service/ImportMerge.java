package dev.talkshelf.service;

import dev.talkshelf.model.TalkId;

/**
 * An incoming talk an import found already in the library.
 *
 * @param incoming the incoming talk's title
 * @param into     the talk it went into
 * @param title    that talk's title
 * @param why      "same video", "same file" or "same title and speakers"
 * @param changed  true when it brought something new (a merge, taken back by undo); false when it was skipped
 */
public record ImportMerge(String incoming, TalkId into, String title, String why, boolean changed) {
}
